# finally without an indented block
try:
    x = 1
finally:
print(x)
