# a tuple element needs parentheses
pairs = [a, b for a in range(2)]
