# isinstance/issubclass with user classes, tuples of classes and builtins.
class A: pass
class B(A): pass
class C(B): pass
class X: pass

objs = [A(), B(), C(), X(), 3, "s"]
for o in objs:
    print(type(o).__name__, isinstance(o, A), isinstance(o, (X, int)), isinstance(o, (B, str)))
print(issubclass(C, A), issubclass(C, (X, B)), issubclass(A, C), issubclass(A, A))
print(issubclass(C, object), isinstance(C(), object), isinstance(C, type))
print(issubclass(bool, int), issubclass(A, (int, str)))
print(isinstance(A, A), type(A).__name__)
try:
    isinstance(A(), 3)
except TypeError as e:
    print("TypeError:", e)
try:
    issubclass(A(), A)
except TypeError as e:
    print("TypeError:", e)
