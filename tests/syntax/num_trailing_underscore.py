# an underscore must be followed by a digit
x = 1_000_
