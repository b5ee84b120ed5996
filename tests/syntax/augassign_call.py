# augmented assignment to a call
len(x) += 1
