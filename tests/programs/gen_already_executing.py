# A generator that resumes itself: "ValueError: generator already executing".
def selfish():
    yield next(me)
me = selfish()
try:
    next(me)
except ValueError as e:
    print("ValueError:", e)
print(next(me, "finished"))
def sender():
    x = yield 1
    gen.send(x)
    yield 2
gen = sender()
next(gen)
try:
    gen.send("v")
except ValueError as e:
    print("ValueError:", e)
def closer():
    yield 1
    c.close()
    yield 2
c = closer()
next(c)
try:
    next(c)
except ValueError as e:
    print("ValueError:", e)
