# yield from evaluates to the sub-generator's return value; send goes through it.
def sub(n):
    total = 0
    for i in range(n):
        x = yield i
        if x is not None:
            total += x
    return total * 10

def main():
    a = yield from sub(2)
    print("sub returned", a)
    b = yield from sub(3)
    print("sub returned", b)
    return a + b

print(list(main()))
m = main()
print(next(m), m.send(1), m.send(2), m.send(3), m.send(4))
try:
    m.send(5)
except StopIteration as e:
    print("final", e.value)
def gen_list():
    r = yield from [1, 2]
    print("from list:", r)
print(list(gen_list()))
