# An uncaught exception inside a generator: traceback goes through the consumer and the generator.
def parse(items):
    for s in items:
        yield int(s)

def total(items):
    t = 0
    for n in parse(items):
        t += n
    return t

print(total(["1", "2"]))
print(total(["3", "x4"]))
