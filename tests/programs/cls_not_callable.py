# Calling instances without __call__, and calling non-callable attributes.
class A:
    value = 5
a = A()
try:
    a()
except TypeError as e:
    print("TypeError:", e)
try:
    a.value()
except TypeError as e:
    print("TypeError:", e)
print(callable(a), callable(A), callable(a.value))
class B:
    def __call__(self, x):
        return x * 2
print(callable(B()), B()(21))
try:
    B()()
except TypeError as e:
    print("TypeError:", e)
