# Stress: operations that recurse into 100,000-deep nested lists, tuples and dicts (repr, str,
# comparisons, membership, searching, sorting, min/max) raise RecursionError with CPython's
# message; building, measuring iteratively and freeing them works.
N = 100000

def attempt(name, fn):
    try:
        r = fn()
        print(name, "->", r)
    except RecursionError as e:
        print(name, "RecursionError:", e)

def nest_list(n):
    x = []
    for i in range(n):
        x = [x]
    return x

def nest_tuple(n):
    x = ()
    for i in range(n):
        x = (x,)
    return x

def nest_dict(n):
    x = {}
    for i in range(n):
        x = {"k": x}
    return x

def depth(x):
    n = 0
    while x:
        x = x[0] if not isinstance(x, dict) else x["k"]
        n += 1
    return n

a, b = nest_list(N), nest_list(N)
ta, tb = nest_tuple(N), nest_tuple(N)
da, db = nest_dict(N), nest_dict(N)
print("depths", depth(a), depth(ta), depth(da))

attempt("list repr", lambda: repr(a))
attempt("list str", lambda: str(a))
attempt("list ==", lambda: a == b)
attempt("list !=", lambda: a != b)
attempt("list <", lambda: a < b)
attempt("list >=", lambda: a >= b)
attempt("list is itself", lambda: a == a)
attempt("list in", lambda: a in [b])
attempt("list.index", lambda: [b].index(a))
attempt("list.count", lambda: [b, 1].count(a))
attempt("list.remove", lambda: [b].remove(a))
attempt("sorted", lambda: sorted([a, b]))
attempt("min", lambda: min([a, b]))
attempt("max", lambda: max(a, b))
attempt("print", lambda: print(a))
attempt("tuple repr", lambda: repr(ta))
attempt("tuple ==", lambda: ta == tb)
attempt("tuple <", lambda: ta < tb)
attempt("tuple in", lambda: ta in [tb])
attempt("dict repr", lambda: repr(da))
attempt("dict ==", lambda: da == db)
attempt("dict values", lambda: list(da.values()) == list(db.values()))
attempt("mixed ==", lambda: [ta, da] == [tb, db])
attempt("f-string", lambda: f"{a}")
attempt("str.format", lambda: "{}".format(ta))

# A list that contains itself is printed with [...], however it is reached.
s = [1]
s.append(s)
d = {"self": s}
s.append(d)
print(s, d)
del a, b, ta, tb, da, db, s, d
print("freed")
