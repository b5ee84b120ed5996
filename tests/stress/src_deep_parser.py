# Stress: source nested deeper than the parser's own recursion allows (100,000 unary operators,
# `not`s, lambdas, conditional expressions, powers; 10,000 elifs) gives a clean error. Here
# gilvm differs from CPython 3.11 on purpose, so src_deep_parser.gilvm.out is what gilvm must
# print: its parser stops at a fixed nesting with the SyntaxError CPython 3.12 gives ("too
# complex to parse"), or its compiler with RecursionError, where CPython 3.11 raises a bare
# MemoryError from its parser stack. The test guards against crashes, not the wording.
N = 100000

def attempt(name, src):
    try:
        ns = {}
        exec(src, ns)
        print(name, "ok", ns.get("x"))
    except SyntaxError as e:
        print(name, type(e).__name__, e.msg, e.lineno)
    except RecursionError as e:
        print(name, "RecursionError:", e)
    except MemoryError as e:
        print(name, "MemoryError", repr(e))

attempt("unary minus", "x = " + "-" * N + "1")
attempt("unary minus 900", "x = " + "-" * 900 + "1")
attempt("not", "x = " + "not " * N + "1")
attempt("lambdas", "x = " + "lambda: " * N + "1")
attempt("conditional", "x = " + "1 if 1 else " * N + "1")
attempt("power", "x = " + "1 ** " * N + "1")
attempt("elif chain", "x = 0\nif x == 1:\n    pass\n" + "elif x == 2:\n    pass\n" * 10000)
attempt("minus over lines", "x = (" + "-\n" * N + "1)")
print("done")
