# a no-break space between operands
x = 1 + 2
