# Stress: recursion that passes through C code on every level (builtins calling back into
# Python, dunder methods called by operators, exec/eval) under the default limit: each ends
# in a RecursionError that is caught, and nothing crashes.
# Only the start of the message is compared: at the limit CPython also checks on entry to
# every builtin (" while calling a Python object") and to str() and comparisons, so which
# check trips first, and so the end of the message, can differ between the two.

def attempt(name, fn):
    try:
        fn()
        print(name, "returned")
    except RecursionError as e:
        print(name, "RecursionError", str(e).startswith("maximum recursion depth exceeded"))

def via_map(x):
    return list(map(via_map, [x]))

def via_filter(x):
    return list(filter(via_filter, [x]))

def via_sorted_key(x):
    return sorted([x, x], key=via_sorted_key)

def via_sort_key(x):
    items = [x, x]
    items.sort(key=via_sort_key)

def via_min_key(x):
    return min([x, x], key=via_min_key)

def via_max_key(x):
    return max(x, x, key=via_max_key)

def via_join(x):
    return "".join(map(via_join, ["a"]))

def via_dict(x):
    return dict(map(via_dict, [x]))

def via_tuple(x):
    return tuple(map(via_tuple, [x]))

def via_zip(x):
    return list(zip(map(via_zip, [x])))

def via_enumerate(x):
    return list(enumerate(map(via_enumerate, [x])))

def via_any(x):
    return any(map(via_any, [x]))

def via_sum(x):
    return sum(map(via_sum, [x]))

def via_iter(x):
    return list(iter(lambda: via_iter(x), None))

def via_extend(x):
    items = []
    items.extend(map(via_extend, [x]))

def via_exec(x):
    exec("via_exec(x)", {"via_exec": via_exec, "x": x})

def via_eval(x):
    return eval("via_eval(x)", {"via_eval": via_eval, "x": x})

for name, f in list(globals().items()):
    if name.startswith("via_"):
        attempt(name, lambda: f(0))

class Repr:
    def __repr__(self):
        return repr(self)

class Str:
    def __str__(self):
        return str(self)

class Eq:
    def __eq__(self, other):
        return self == other

class Lt:
    def __lt__(self, other):
        return self < other

class Hash:
    def __hash__(self):
        return hash(self)

class Len:
    def __len__(self):
        return len(self)

class Bool:
    def __bool__(self):
        return bool(self)

class Item:
    def __getitem__(self, i):
        return self[i]

class Contains:
    def __contains__(self, x):
        return x in self

class Call:
    def __call__(self):
        return self()

class Iter:
    def __iter__(self):
        return iter(self)

class Init:
    def __init__(self):
        Init()

class Super:
    def f(self):
        return super().__repr__() + self.f()

attempt("repr()", lambda: repr(Repr()))
attempt("str()", lambda: str(Str()))
attempt("print()", lambda: print(Str()))
attempt("==", lambda: Eq() == Eq())
attempt("in list", lambda: Eq() in [Eq()])
attempt("list.index", lambda: [Eq()].index(Eq()))
attempt("<", lambda: Lt() < Lt())
attempt("sorted", lambda: sorted([Lt(), Lt()]))
attempt("hash()", lambda: hash(Hash()))
attempt("dict key", lambda: {Hash(): 1})
attempt("len()", lambda: len(Len()))
attempt("if", lambda: 1 if Bool() else 0)
attempt("[]", lambda: Item()[0])
attempt("in", lambda: 1 in Contains())
attempt("call", lambda: Call()())
attempt("iter()", lambda: iter(Iter()))
attempt("__init__", lambda: Init())
attempt("super()", lambda: Super().f())

def nested(n):
    yield from nested(n + 1)

attempt("yield from", lambda: next(nested(0)))
print("done")
