# Checks: functions nested three deep reading and rebinding outer variables; recursion via closure.
def a(x):
    def b(y):
        def c(z):
            return x + y + z
        return c
    return b
print(a(1)(10)(100))
def outer():
    log = []
    def mid(tag):
        def inner(v):
            log.append(tag + ":" + str(v))
            return len(log)
        return inner
    f = mid("f")
    g = mid("g")
    f(1); g(2); f(3)
    return log
print(outer())
def fact_maker():
    def fact(n):
        return 1 if n <= 1 else n * fact(n - 1)
    return fact
print(fact_maker()(10))
def counter_tree():
    total = 0
    def level1():
        def level2():
            def level3():
                nonlocal total
                total += 1
            level3(); level3()
        level2(); level2()
    level1()
    return total
print(counter_tree())
def param_shadow(x):
    def inner(x):
        return x * 2
    return inner(x + 1), x
print(param_shadow(5))
