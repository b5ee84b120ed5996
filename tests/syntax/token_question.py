# no ?: conditional operator in Python
x = True
y = x ? 1 : 2
