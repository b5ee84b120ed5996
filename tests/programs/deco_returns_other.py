# Decorators returning something else entirely: a value, an object, None, the same function.
def call_now(f):
    return f()
@call_now
def answer():
    return 42
print(answer, type(answer).__name__)
def to_list(f):
    return [f(i) for i in range(4)]
@to_list
def squares(i):
    return i * i
print(squares)
def nothing(f):
    pass
@nothing
def gone():
    pass
print(gone)
class Info:
    def __init__(self, f):
        self.name = f.__name__
        self.doc_len = len(f.__name__)
@Info
def some_function():
    pass
print(some_function.name, some_function.doc_len)
registry = []
def register(f):
    registry.append(f.__name__)
    return f
@register
def a(): return "a"
@register
def b(): return "b"
print(registry, a(), b())
try:
    answer()
except TypeError as e:
    print("TypeError:", e)
