# return/break/continue inside with: __exit__ runs first, in the right order.
class T:
    def __init__(self, n): self.n = n
    def __enter__(self):
        print("enter", self.n); return self.n
    def __exit__(self, *a):
        print("exit", self.n)

def ret():
    with T(1) as one:
        with T(2):
            return f"returned {one}"
        print("not reached")
print(ret())
for i in range(4):
    with T(i):
        if i == 1:
            print("continue")
            continue
        if i == 2:
            print("break")
            break
        print("body", i)
print("loop done")
def finally_and_with():
    try:
        with T("w"):
            return "value"
    finally:
        print("finally")
print(finally_and_with())
def gen():
    with T("g"):
        yield 1
        yield 2
for v in gen():
    print("gen", v)
    break
print("end")
