# throw(): raising an exception at the paused yield; handled, propagated, after end.
def resilient():
    while True:
        try:
            yield "ok"
        except ValueError as e:
            print("handled", e)
            yield "recovered"
g = resilient()
print(next(g))
print(g.throw(ValueError("bad")))
print(next(g))
print(g.throw(ValueError("again")))
try:
    g.throw(KeyError("k"))
except KeyError as e:
    print("propagated KeyError", e)
print(next(g, "exhausted"))
def simple():
    yield 1
s = simple()
try:
    s.throw(TypeError("before start"))
except TypeError as e:
    print("TypeError:", e)
print(next(s, "dead"))
def delegate():
    try:
        yield from resilient()
    except KeyError:
        yield "outer caught"
d = delegate()
print(next(d), d.throw(ValueError("v")), next(d), d.throw(KeyError("x")))
try:
    simple().throw(RuntimeError)
except RuntimeError as e:
    print("class thrown:", repr(e))
