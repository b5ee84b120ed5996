# Generators keep their local state independently; several live at once; closures.
def counter(name, step):
    n = 0
    while True:
        n += step
        yield f"{name}:{n}"
a = counter("a", 1)
b = counter("b", 10)
print(next(a), next(b), next(a), next(b), next(a))
def make_gens():
    gens = []
    for i in range(3):
        def g(i=i):
            yield i
            yield i * i
        gens.append(g())
    return gens
print([list(g) for g in make_gens()])
def outer():
    x = 1
    def inner():
        nonlocal x
        while x < 20:
            yield x
            x *= 3
    g = inner()
    first = next(g)
    x = 5
    return first, list(g), x
print(outer())
def interleave(*gens):
    gens = list(gens)
    while gens:
        for g in list(gens):
            try:
                yield next(g)
            except StopIteration:
                gens.remove(g)
print(list(interleave(iter("abc"), iter([1, 2]), iter("XYZW"))))
