# A singly linked list with __iter__ (a generator), __len__, __getitem__, __repr__.
class Node:
    def __init__(self, value, next=None):
        self.value, self.next = value, next
class LinkedList:
    def __init__(self, items=()):
        self.head = None
        self.size = 0
        for x in reversed(list(items)):
            self.push(x)
    def push(self, v):
        self.head = Node(v, self.head)
        self.size += 1
    def __iter__(self):
        n = self.head
        while n is not None:
            yield n.value
            n = n.next
    def __len__(self):
        return self.size
    def __getitem__(self, i):
        for k, v in enumerate(self):
            if k == i:
                return v
        raise IndexError("LinkedList index out of range")
    def reverse(self):
        prev, cur = None, self.head
        while cur:
            cur.next, prev, cur = prev, cur, cur.next
        self.head = prev
    def __repr__(self):
        return " -> ".join(repr(v) for v in self) or "empty"

l = LinkedList([1, 2, 3])
l.push(0)
print(l, len(l), l[2], 3 in l, 9 in l)
l.reverse()
print(l, list(l), sum(l))
print(LinkedList(), bool(LinkedList()), bool(l))
try:
    l[10]
except IndexError as e:
    print("IndexError:", e)
print([x * 10 for x in l], max(l), sorted(l))
