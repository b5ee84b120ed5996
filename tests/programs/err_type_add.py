# Checks: uncaught TypeError "unsupported operand type(s) for +: 'int' and 'str'".
count = 3
label = " items"
print(count + label)
