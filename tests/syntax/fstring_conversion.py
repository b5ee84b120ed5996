# only !r, !s and !a
x = 1
y = f"{x!x}"
