# Stress: hashing a 100,000-deep nested tuple (directly, as a dict key, in a set).
# CPython 3.11 hashes tuples with no recursion check and, stack permitting, succeeds;
# gilvm guards every C-level recursion with the recursion limit, so it raises RecursionError
# instead, whatever the depth and the C stack. nest_hash.gilvm.out records that on purpose.
N = 100000

def attempt(name, fn):
    try:
        fn()
        print(name, "ok")
    except RecursionError as e:
        print(name, "RecursionError:", e)

t = ()
for i in range(N):
    t = (t,)
u = ()
for i in range(N):
    u = (u,)

attempt("hash", lambda: hash(t))
attempt("dict key", lambda: {t: 1})
attempt("dict.get", lambda: {(): 1}.get(t))
attempt("set", lambda: {t, u})
attempt("in dict", lambda: t in {(): 1})
# Shallow enough: works as in CPython.
s = ()
for i in range(200):
    s = (s,)
print("shallow", hash(s) == hash(s), {s: 1}[s])
