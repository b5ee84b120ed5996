# Stress: recursion through C code with sys.setrecursionlimit(1000000): the limit no longer
# protects the C stack, so gilvm stops such recursion when its C stack runs low and raises
# RecursionError. CPython 3.11 crashes here (segmentation fault), so this test has no CPython
# recording: rec_through_c_high_limit.gilvm.out is what gilvm must print, on purpose.
# Which check trips first (a call, a repr, the compiler of exec) depends on how much C stack
# each level takes, so only the start of the message is printed.
import sys

sys.setrecursionlimit(1000000)

def attempt(name, fn):
    try:
        fn()
        print(name, "returned")
    except RecursionError as e:
        print(name, "RecursionError", str(e).startswith("maximum recursion depth exceeded"))

def via_map(x):
    return list(map(via_map, [x]))

def via_sorted_key(x):
    return sorted([x, x], key=via_sorted_key)

def via_min_key(x):
    return min([x, x], key=via_min_key)

def via_join(x):
    return "".join(map(via_join, ["a"]))

def via_iter(x):
    return list(iter(lambda: via_iter(x), None))

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

class Eq:
    def __eq__(self, other):
        return self == other

class Hash:
    def __hash__(self):
        return hash(self)

class Init:
    def __init__(self):
        Init()

attempt("repr()", lambda: repr(Repr()))
attempt("==", lambda: Eq() == Eq())
attempt("hash()", lambda: hash(Hash()))
attempt("__init__", lambda: Init())

def nested(n):
    yield from nested(n + 1)

attempt("yield from", lambda: next(nested(0)))

def probe(n):
    try:
        return probe(n + 1)
    except RecursionError:
        return n

# Plain Python recursion is not limited by the C stack: it still reaches the limit.
print("plain recursion reaches the limit:", probe(0) > 900000)
