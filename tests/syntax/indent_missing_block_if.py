# the body of the if is not indented
x = 1
if x > 0:
print(x)
