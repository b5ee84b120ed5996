# A list subclass with extra methods and an overridden append/__getitem__.
class Stack(list):
    def push(self, x):
        self.append(x)
    def peek(self):
        return self[-1]
    def is_empty(self):
        return len(self) == 0

s = Stack()
s.push(1); s.push(2); s.push(3)
print(s, len(s), s.peek(), s.is_empty())
print(s.pop(), s)
print(isinstance(s, list), type(s).__name__)
print(s + [9], type(s + [9]).__name__)
class LoggedList(list):
    def append(self, x):
        print("append", x)
        super().append(x)
    def __getitem__(self, i):
        v = super().__getitem__(i)
        return ("item", v)
l = LoggedList([5, 6])
l.append(7)
print(l[0], l[-1])
print(list(l), sum(x for x in l))
print(sorted(Stack([3, 1, 2])))
