# A generator's return value travels in StopIteration.value; for loops discard it.
def g():
    yield 1
    yield 2
    return "result"

it = g()
print(next(it), next(it))
try:
    next(it)
except StopIteration as e:
    print("value:", e.value, "args:", e.args)
try:
    next(it)
except StopIteration as e:
    print("again:", e.value)
print(list(g()))
def no_return():
    yield 1
it = no_return()
next(it)
try:
    next(it)
except StopIteration as e:
    print(e.value, e.args)
def returns_none():
    yield 1
    return None
print([x for x in returns_none()])
def ret_tuple():
    yield
    return 1, 2
it = ret_tuple(); next(it)
try:
    next(it)
except StopIteration as e:
    print(e.value, e.args)
