# no backslash inside the expression (Python 3.11)
x = f"{'\n'.join([])}"
