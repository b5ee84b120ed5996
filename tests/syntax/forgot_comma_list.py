# two elements without a comma
x = [1, 2 3]
