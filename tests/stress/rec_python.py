# Stress: Python-level recursion under the default limit (1000): plain, mutual, lambdas,
# comprehensions, methods, dunder methods, generators, handlers; each ends in a RecursionError
# that is caught, and the interpreter carries on normally afterwards.
import sys

def attempt(name, fn):
    try:
        r = fn()
        print(name, "returned", r)
    except RecursionError as e:
        print(name, "RecursionError:", e)

def depth_of(fn):
    # How deep fn(n) recursed before the limit stopped it.
    def probe(n):
        try:
            return fn(probe, n)
        except RecursionError:
            return n
    return probe(0)

def forever(n):
    return forever(n + 1)

def ping(n):
    return pong(n + 1)

def pong(n):
    return ping(n + 1)

attempt("plain", lambda: forever(0))
attempt("mutual", lambda: ping(0))
print("depth plain", depth_of(lambda p, n: p(n + 1)))
print("depth via lambda", depth_of(lambda p, n: (lambda: p(n + 1))()))
print("depth via listcomp", depth_of(lambda p, n: [p(n + 1) for _ in "x"][0]))

rec = lambda n: rec(n + 1)
attempt("lambda", lambda: rec(0))

# (The loops below iterate over constants: at the limit, CPython also fails on a call to a
# builtin such as range(), with a different message, a check gilvm does not make.)
def comp(n):
    return [comp(n + 1) for _ in "x"]
attempt("listcomp", lambda: comp(0))

def dcomp(n):
    return {k: dcomp(n + 1) for k in "x"}
attempt("dictcomp", lambda: dcomp(0))

def default_arg(n, f=lambda n: n):
    return default_arg(f(n) + 1)
attempt("default argument", lambda: default_arg(0))

error = ValueError("made once")

def in_handler(n):
    try:
        raise error
    except ValueError:
        return in_handler(n + 1)
attempt("in except handler", lambda: in_handler(0))

def in_finally(n):
    try:
        pass
    finally:
        return in_finally(n + 1)
attempt("in finally", lambda: in_finally(0))

def in_loop(n):
    for i in (1, 2, 3):
        while True:
            return in_loop(n + 1)
attempt("in loops", lambda: in_loop(0))

class Node:
    def __init__(self, depth):
        self.child = Node(depth + 1)

    def walk(self):
        return self.walk()

attempt("__init__", lambda: Node(0))

class Walker:
    def walk(self, n):
        return self.walk(n + 1)

    @staticmethod
    def static(n):
        return Walker.static(n + 1)

    @classmethod
    def cls(cls, n):
        return cls.cls(n + 1)

attempt("method", lambda: Walker().walk(0))
attempt("staticmethod", lambda: Walker.static(0))
attempt("classmethod", lambda: Walker.cls(0))

class Prop:
    @property
    def value(self):
        return self.value

attempt("property", lambda: Prop().value)

class Attr:
    def __getattr__(self, name):
        return getattr(self, name + "x")

attempt("__getattr__", lambda: Attr().a)

def gen(n):
    yield from gen(n + 1)

attempt("yield from", lambda: next(gen(0)))

def gen_loop(n):
    for x in gen_loop(n + 1):
        yield x

attempt("for over generator", lambda: list(gen_loop(0)))
# (Each generator whose first resumption hit the limit is finished: freeing the chain prints
# nothing. gilvm used to leave it suspended and report "Exception ignored" while freeing it.)

# After all of that, legal recursion close to the limit still works.
def count(n):
    return 0 if n == 0 else 1 + count(n - 1)

print("count", count(900))
print("limit", sys.getrecursionlimit())
