# * in a comprehension element
flat = [*x for x in [[1], [2]]]
