# augmented assignment needs a single target
a, b = 1, 2
a, b += 1, 2
