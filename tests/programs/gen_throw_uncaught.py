# throw() into a generator that does not handle it: the traceback includes the yield line.
def g():
    print("started")
    yield 1
    print("not reached")

it = g()
next(it)
it.throw(ValueError("thrown in"))
