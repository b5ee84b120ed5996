# Instance attributes shadow methods and class attributes of the same name.
class A:
    def greet(self):
        return "method"
    color = "red"

a = A()
print(a.greet(), a.color)
a.greet = lambda: "instance lambda"
a.color = "blue"
print(a.greet(), a.color, A.color)
print(A().greet())
del a.greet
print(a.greet())
class B:
    def size(self):
        return 1
b = B()
b.size = 42
print(b.size)
try:
    b.size()
except TypeError as e:
    print("TypeError:", e)
