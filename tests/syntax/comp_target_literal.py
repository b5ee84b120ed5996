# a literal as a comprehension variable
squares = [x * x for 1 in range(3)]
