# Checks: a reverse-Polish calculator using a stack, a dict of lambdas, and error handling.
OPS = {
    "+": lambda a, b: a + b,
    "-": lambda a, b: a - b,
    "*": lambda a, b: a * b,
    "/": lambda a, b: a / b,
    "//": lambda a, b: a // b,
    "**": lambda a, b: a ** b,
}
def rpn(expr):
    stack = []
    for tok in expr.split():
        if tok in OPS:
            b = stack.pop()
            a = stack.pop()
            stack.append(OPS[tok](a, b))
        elif tok == "dup":
            stack.append(stack[-1])
        elif tok == "swap":
            stack[-1], stack[-2] = stack[-2], stack[-1]
        else:
            stack.append(float(tok) if "." in tok else int(tok))
    if len(stack) != 1:
        raise ValueError("malformed expression, stack: " + repr(stack))
    return stack[0]
for e in ["3 4 +", "5 1 2 + 4 * + 3 -", "2 10 **", "7 2 /", "7 2 //", "2 dup *", "1 2 swap -",
          "2 100 **", "1.5 2 *", "1 0 /", "1 +", "1 2 3"]:
    try:
        print(e, "=>", rpn(e))
    except ZeroDivisionError as err:
        print(e, "=> error:", err)
    except IndexError as err:
        print(e, "=> stack underflow:", err)
    except ValueError as err:
        print(e, "=>", err)
