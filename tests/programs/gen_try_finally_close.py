# close() raises GeneratorExit at the paused yield; finally blocks run.
def worker(name):
    print(name, "start")
    try:
        for i in range(10):
            yield i
    finally:
        print(name, "cleanup")

g = worker("A")
print(next(g), next(g))
g.close()
print("closed A")
g.close()
print(list(worker("B")))
g = worker("C")
g.close()
print("C never started")
def catcher():
    try:
        yield 1
    except GeneratorExit:
        print("caught GeneratorExit")
        raise
g = catcher(); next(g); g.close()
def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield "no!"
g = stubborn(); next(g)
try:
    g.close()
except RuntimeError as e:
    print("RuntimeError:", e)
def early():
    for x in worker("D"):
        if x == 2:
            return x
print(early())
