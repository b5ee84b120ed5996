# Stress: big sources compiled through exec: a 600 KB line, a 1 MB string literal (plain, with
# escapes, triple-quoted over 10,000 lines), 100,000 statements, 100,000 lines of comments and
# blank lines, jumps over 100,000 instructions, big literal displays, 100,000 names, locals and
# constants (each must compile in linear time).
N = 100000

def run(name, src, show):
    ns = {}
    exec(src, ns)
    print(name, eval(show, ns))

run("long line", "x = [" + ",".join(str(i) for i in range(N)) + "]", "len(x), sum(x)")
run("1 MB literal", "s = '" + "ab" * 500000 + "'", "len(s), s[-3:]")
run("escapes", "s = '" + "\\n\\t\\x41\\u00e9\\\\" * 100000 + "'", "len(s), s[:5] == '\\n\\tA\\xe9\\\\'")
run("triple-quoted", "s = '''" + ("z" * 99 + "\n") * 10000 + "'''", "len(s), s.count('\\n')")
run("statements", "x = 0\n" + "x += 1\n" * N, "x")
run("comments and blanks", "x = 1\n" + "# comment\n\n" * N + "x += 1\n", "x")
run("long jump", "def f(c):\n    if c:\n" + "        y = 1\n" * N + "    else:\n        y = 2\n"
    "    return y\n", "f(0), f(1)")
run("long loop body", "n = 0\nfor i in range(3):\n" + "    n += 1\n" * N, "n")
run("dict display", "d = {" + ", ".join("%d: %d" % (i, i * 2) for i in range(N)) + "}",
    "len(d), d[99999]")
run("set display", "s = {" + ", ".join(str(i % 1000) for i in range(N)) + "}", "len(s)")
run("names", "".join("v%d = %d\n" % (i, i) for i in range(N)) + "x = v0 + v99999", "x")
run("locals", "def f():\n" + "".join("    v%d = %d\n" % (i, i) for i in range(N)) +
    "    return v0 + v99999\n", "f()")
run("constants", "def f():\n    return [" + ", ".join("%d.5" % i for i in range(N)) + "]\n",
    "len(f()), f()[-1]")
run("arguments", "def f(*a):\n    return len(a)\n", "f(*range(100000))")
run("parameters", "def f(" + ", ".join("p%d" % i for i in range(10000)) + "):\n    return p9999\n",
    "f(*range(10000))")
