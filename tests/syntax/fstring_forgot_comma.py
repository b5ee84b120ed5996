# the error is reported in the expression's own text
x = f"{a b}"
