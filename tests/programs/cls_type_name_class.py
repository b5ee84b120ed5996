# type(obj).__name__, obj.__class__, type(obj) is C, class repr.
class Apple: pass
class GreenApple(Apple): pass

a, g = Apple(), GreenApple()
print(type(a).__name__, type(g).__name__)
print(a.__class__ is Apple, g.__class__ is GreenApple, type(g) is Apple)
print(g.__class__.__name__, g.__class__.__bases__[0].__name__)
print(type(a) == type(Apple()), type(a) == type(g))
print(repr(Apple), str(GreenApple))
print(type(Apple), type(type(a)))
print(Apple.__module__, a.__module__)
new = g.__class__()
print(type(new).__name__)
for x in [1, "s", [], {}, (), None, a, 2.5, True]:
    print(type(x).__name__, end=" ")
print()
