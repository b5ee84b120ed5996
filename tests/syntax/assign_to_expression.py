# an operator expression on the left of =
a + b = c
