# a letter glued to an imaginary number
x = 2jx
