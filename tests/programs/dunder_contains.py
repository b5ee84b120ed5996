# `in` uses __contains__, else __iter__, else __getitem__; result converted to bool.
class Evens:
    def __contains__(self, x):
        print("contains", x)
        return x % 2 == 0
e = Evens()
print(4 in e, 3 in e, 3 not in e)
class Iter:
    def __iter__(self):
        print("iter")
        return iter([1, 2, 3])
print(2 in Iter(), 9 in Iter())
class Get:
    def __getitem__(self, i):
        if i >= 4:
            raise IndexError(i)
        return i * 10
print(20 in Get(), 25 in Get())
class Truthy:
    def __contains__(self, x): return "yes"
print(1 in Truthy(), 1 not in Truthy())
class Nothing: pass
try:
    1 in Nothing()
except TypeError as e:
    print("TypeError:", e)
