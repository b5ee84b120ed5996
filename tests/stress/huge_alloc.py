# Stress: allocations far beyond any memory raise MemoryError (or OverflowError where the size
# does not even fit an index) at once, as in CPython, and the program goes on normally.

def attempt(name, fn):
    try:
        r = fn()
        print(name, "->", type(r).__name__, len(r))
    except MemoryError as e:
        print(name, "MemoryError", repr(e))
    except OverflowError as e:
        print(name, "OverflowError:", e)

big = 10 ** 12
attempt("[0] * 10**12", lambda: [0] * big)
attempt("10**12 * [0]", lambda: big * [0])
attempt("[0, 1] * 2**62", lambda: [0, 1] * 2 ** 62)
attempt("[[]] * 10**12", lambda: [[]] * big)
attempt("[0] * 2**63", lambda: [0] * 2 ** 63)
attempt("(0,) * 10**12", lambda: (0,) * big)
attempt("(1, 2) * 2**62", lambda: (1, 2) * 2 ** 62)
attempt("'x' * 10**12", lambda: "x" * big)
attempt("'ab' * 2**62", lambda: "ab" * 2 ** 62)
attempt("'x' * 2**63", lambda: "x" * 2 ** 63)
attempt("'\\u20ac' * 10**12", lambda: "\u20ac" * big)
attempt("'x'.ljust(10**12)", lambda: "x".ljust(big))
attempt("'x'.center(10**12)", lambda: "x".center(big))
attempt("'x'.zfill(10**12)", lambda: "x".zfill(big))
attempt("1 << 10**12", lambda: [1 << big])
attempt("1 << 2**64", lambda: [1 << 2 ** 64])
attempt("list(range(10**12))", lambda: list(range(big)))
attempt("tuple(range(10**12))", lambda: tuple(range(big)))
attempt("sorted(range(10**12))", lambda: sorted(range(big)))
attempt("[].extend(range(10**12))", lambda: [].extend(range(big)))
attempt("range(2**64) length", lambda: range(2 ** 64))

def inplace_list():
    x = [0] * 1000
    x *= big
    return x

def inplace_str():
    s = "abc"
    s *= big
    return s

attempt("list *= 10**12", inplace_list)
attempt("str *= 10**12", inplace_str)

# Nothing is left half-built: ordinary work goes on.
data = [i * i for i in range(1000)]
print("after:", len(data), sum(data), "x" * 5, (1, 2) * 2)
