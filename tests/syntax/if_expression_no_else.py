# a conditional expression needs else
x = 1 if True
