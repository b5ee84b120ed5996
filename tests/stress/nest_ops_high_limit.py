# Stress: the operations of nest_ops.py on 100,000-deep lists, tuples and dicts after
# sys.setrecursionlimit(1000000). The limit no longer protects the C stack; gilvm raises
# RecursionError when its C stack runs low. CPython 3.11 crashes here (segmentation fault),
# so nest_ops_high_limit.gilvm.out is what gilvm must print, on purpose.
import sys

sys.setrecursionlimit(1000000)
N = 100000

def attempt(name, fn):
    try:
        r = fn()
        print(name, "->", r)
    except RecursionError as e:
        print(name, "RecursionError:", e)

a, b, ta, tb, da, db = [], [], (), (), {}, {}
for i in range(N):
    a, b, ta, tb, da, db = [a], [b], (ta,), (tb,), {"k": da}, {"k": db}

attempt("list repr", lambda: repr(a))
attempt("list ==", lambda: a == b)
attempt("list <", lambda: a < b)
attempt("list in", lambda: a in [b])
attempt("sorted", lambda: sorted([a, b]))
attempt("tuple repr", lambda: repr(ta))
attempt("tuple ==", lambda: ta == tb)
deep = ()
for i in range(10 * N):
    deep = (deep,)
attempt("tuple hash", lambda: hash(deep))  # 1,000,000 levels: more than any C stack holds
del deep
attempt("dict repr", lambda: repr(da))
attempt("dict ==", lambda: da == db)
attempt("f-string", lambda: f"{a}")
del a, b, ta, tb, da, db
print("freed")
