# a list closed with a parenthesis
x = [1, 2)
