# a letter glued to a number
x = 3abc
