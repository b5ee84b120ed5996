# 2 is not a binary digit
x = 0b102
