# Checks: a file whose last line (inside an indented block) has no trailing newline.
def f():
    return "last line has no newline"
if True:
    print(f())