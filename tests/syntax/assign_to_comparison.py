# a comparison cannot be assigned to
x < y = 3
