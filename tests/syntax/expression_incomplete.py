# an operator without its right operand
x = 1 +
y = 2
