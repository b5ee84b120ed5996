# Generators: yield in loops, lazy execution order, type name, reuse after exhaustion.
def count_up(n):
    print("start")
    i = 0
    while i < n:
        print("yield", i)
        yield i
        i += 1
    print("end")

g = count_up(3)
print(type(g).__name__)
for x in g:
    print("got", x)
print(list(g))
def evens(limit):
    for i in range(limit):
        if i % 2 == 0:
            yield i
print(list(evens(10)), sum(evens(100)))
def letters():
    yield "a"
    yield "b"
    return
    yield "never"
print(list(letters()))
def empty():
    return
    yield
print(list(empty()), next(empty(), "nothing"))
