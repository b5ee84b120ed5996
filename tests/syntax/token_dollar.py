# $ is not a Python token
x = 1
y = $x
