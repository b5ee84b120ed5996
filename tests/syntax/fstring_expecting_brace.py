# a replacement field left open
x = 1
y = f"{x"
