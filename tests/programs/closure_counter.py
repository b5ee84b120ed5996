# Checks: counter factories with nonlocal; each closure keeps its own state.
def make_counter(start=0, step=1):
    count = start
    def counter():
        nonlocal count
        count += step
        return count
    return counter
c1 = make_counter()
c2 = make_counter(100, 10)
print(c1(), c1(), c1(), c2(), c2(), c1())
def make_accumulator():
    items = []
    def add(x):
        items.append(x)
        return len(items)
    return add
acc = make_accumulator()
acc("a"); acc("b")
print(acc("c"))
def make_pair():
    value = [0]
    def get():
        return value[0]
    def set_(v):
        value[0] = v
    return get, set_
get, set_ = make_pair()
set_(42)
print(get())
def make_multiplier(n):
    def mul(x):
        return x * n
    return mul
times3 = make_multiplier(3)
times5 = make_multiplier(5)
print(times3(10), times5(10), times3(times5(2)))
