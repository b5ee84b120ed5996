# Checks: nonlocal rebinding across one, two and three levels; independent closures.
def level1():
    a = 1
    def level2():
        b = 2
        def level3():
            nonlocal a, b
            a += 10
            b += 20
            return a, b
        r = level3()
        return r, b
    r2 = level2()
    return r2, a
print(level1())

def outer():
    x = 0
    def middle():
        def inner():
            nonlocal x
            x += 1
            return x
        return inner
    f = middle()
    f(); f()
    return x
print(outer())

def make():
    total = 0
    def add(n):
        nonlocal total
        total += n
        return total
    def get():
        return total
    return add, get
add1, get1 = make()
add2, get2 = make()
add1(5); add1(6); add2(100)
print(get1(), get2())
def shadowing():
    v = "outer"
    def inner():
        v = "inner"
        return v
    inner()
    return v
print(shadowing())
