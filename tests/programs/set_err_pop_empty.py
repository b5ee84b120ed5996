# Popping from an empty set is an uncaught KeyError.
s = set([1])
print(s.pop())
s.pop()
