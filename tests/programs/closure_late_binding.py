# Checks: closures created in a loop capture the variable, not its value (late binding); the fixes.
fs = []
for i in range(3):
    fs.append(lambda: i)
print([f() for f in fs])
i = 99
print([f() for f in fs])
gs = []
for i in range(3):
    gs.append(lambda i=i: i)
print([g() for g in gs])
def make(n):
    return lambda: n
hs = [make(i) for i in range(3)]
print([h() for h in hs])
def loop_in_function():
    out = []
    for j in range(3):
        def show():
            return j
        out.append(show)
    j = "changed"
    return [f() for f in out]
print(loop_in_function())
cs = [lambda x: x + k for k in range(3)]
print([c(10) for c in cs])
