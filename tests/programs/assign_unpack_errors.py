# Checks: ValueError/TypeError messages from failed unpacking.
def attempt(label, f):
    try:
        f()
        print(label, "ok")
    except (ValueError, TypeError) as e:
        print(label, repr(e))

def two(seq):
    a, b = seq
    return a, b
def three(seq):
    a, b, c = seq
def star(seq):
    a, b, *c, d = seq

attempt("too many", lambda: two([1, 2, 3]))
attempt("not enough", lambda: three([1, 2]))
attempt("not enough 0", lambda: two([]))
attempt("string", lambda: two("abc"))
attempt("star short", lambda: star([1, 2]))
attempt("non-iterable", lambda: two(5))
attempt("none", lambda: two(None))
attempt("ok", lambda: two((1, 2)))
attempt("ok star", lambda: star([1, 2, 3]))
attempt("range", lambda: three(range(4)))
