  x = 1
print(x)
# an indented first line
