# Checks: mutual recursion (is_even/is_odd) and a recursive-descent expression evaluator.
def is_even(n):
    return True if n == 0 else is_odd(n - 1)
def is_odd(n):
    return False if n == 0 else is_even(n - 1)
print(is_even(10), is_odd(7), is_even(301))

def tokenize(s):
    tokens = []
    i = 0
    while i < len(s):
        c = s[i]
        if c.isdigit():
            j = i
            while j < len(s) and s[j].isdigit():
                j += 1
            tokens.append(int(s[i:j]))
            i = j
        elif c in "+-*/()":
            tokens.append(c)
            i += 1
        else:
            i += 1
    return tokens

def parse_expr(toks, pos):
    val, pos = parse_term(toks, pos)
    while pos < len(toks) and toks[pos] in ("+", "-"):
        op = toks[pos]
        rhs, pos = parse_term(toks, pos + 1)
        val = val + rhs if op == "+" else val - rhs
    return val, pos

def parse_term(toks, pos):
    val, pos = parse_atom(toks, pos)
    while pos < len(toks) and toks[pos] in ("*", "/"):
        op = toks[pos]
        rhs, pos = parse_atom(toks, pos + 1)
        val = val * rhs if op == "*" else val // rhs
    return val, pos

def parse_atom(toks, pos):
    t = toks[pos]
    if t == "(":
        val, pos = parse_expr(toks, pos + 1)
        return val, pos + 1
    if t == "-":
        val, pos = parse_atom(toks, pos + 1)
        return -val, pos
    return t, pos + 1

for src in ["1 + 2 * 3", "(1 + 2) * 3", "100 / 7 / 2", "-(4 - 10) * (2 + 3)", "2 * (3 + (4 - 1) * 5)"]:
    print(src, "=", parse_expr(tokenize(src), 0)[0])
