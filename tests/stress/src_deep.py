# Stress: compiling deeply nested source (through exec, 100,000 levels) gives CPython's
# errors, never a crash: too many nested parentheses, RecursionError "during compilation" for
# long operator and postfix chains, too many levels of indentation; flat long chains work.
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

attempt("parentheses", "x = " + "(" * N + "1" + ")" * N)
attempt("parentheses 199", "x = " + "(" * 199 + "1" + ")" * 199)
attempt("parentheses 200", "x = " + "(" * 200 + "1" + ")" * 200)
attempt("brackets", "x = " + "[" * N + "]" * N)
attempt("braces", "x = " + "{1: " * N + "1" + "}" * N)
attempt("calls", "f = lambda *a: f\nx = f" + "()" * N)
attempt("subscripts", "x = [0]\nx[0] = x\nx = x" + "[0]" * N)
attempt("attributes", "x = 1" + ".real" * N)
attempt("additions", "x = " + "+".join(["1"] * N))
attempt("mixed operators", "x = 1" + " * 1 - 1 + 1 // 1" * (N // 4))
attempt("string concatenation", "x = " + " + ".join(["'a'"] * N))
attempt("additions over lines", "x = 1" + " \\\n+ 1" * N)
attempt("additions 2000", "x = " + "+".join(["1"] * 2000))
attempt("flat comparison", "x = " + " < ".join(["1"] * N))
attempt("flat and", "x = " + " and ".join(["1"] * N))
attempt("flat or", "x = " + " or ".join(["0"] * N) + " or 5")
attempt("implicit concatenation", "x = len(" + " ".join(["'ab'"] * N) + ")")
attempt("tuple display", "x = len((" + "1, " * N + "))")
attempt("call arguments", "x = len([" + "1, " * N + "])")
attempt("nested if 99", "".join(" " * i + "if 1:\n" for i in range(99)) + " " * 99 + "x = 99\n")
attempt("nested if 100", "".join(" " * i + "if 1:\n" for i in range(100)) + " " * 100 + "x = 1\n")
attempt("nested def", "".join("    " * i + "def f%d():\n" % i for i in range(200)) + "    " * 200 + "pass\n")

def nested_functions(n):
    # f0 defines f1 ... defines f(n-1), which returns n; each returns its inner one's result.
    src = "".join("    " * i + "def f%d():\n" % i for i in range(n)) + "    " * n + "return %d\n" % n
    src += "".join("    " * (i + 1) + "return f%d()\n" % (i + 1) for i in reversed(range(n - 1)))
    return src + "x = f0()\n"

attempt("nested functions 90", nested_functions(90))
attempt("nested for 20", "".join(" " * i + "for i%d in '1':\n" % i for i in range(20)) + " " * 20 + "x = 20\n")
attempt("nested for 21", "".join(" " * i + "for i%d in '1':\n" % i for i in range(21)) + " " * 21 + "x = 21\n")
print("done")
