# super() misuse: outside a class, with no method, and with a non-instance.
class A:
    def f(self):
        return "A.f"
class B(A):
    def f(self):
        return super().f() + "+B"
    def g(self):
        return super().g()

print(B().f())
try:
    B().g()
except AttributeError as e:
    print("AttributeError:", e)
def plain():
    return super()
try:
    plain()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    super(B, 5)
except TypeError as e:
    print("TypeError:", e)
print(super(B, B()).f())
