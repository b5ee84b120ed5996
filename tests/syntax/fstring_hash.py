# no comment inside the expression
x = f"{1 # one}"
