# == and < try the reflected method on the other operand; subclass first.
class A:
    def __eq__(self, o):
        print("A.__eq__")
        return NotImplemented
    def __lt__(self, o):
        print("A.__lt__")
        return NotImplemented
    def __gt__(self, o):
        print("A.__gt__")
        return "A-gt"
class B(A):
    def __eq__(self, o):
        print("B.__eq__")
        return "B-eq"
    def __gt__(self, o):
        print("B.__gt__")
        return "B-gt"
print(A() == B())
print(B() == A())
print(A() < B())
print(B() < A())
print(A() == 1)
print(1 == A())
print(A() < A())
