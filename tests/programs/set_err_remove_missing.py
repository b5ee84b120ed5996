# remove() of a missing element is an uncaught KeyError naming the element.
s = set([(1, 2)])
s.remove((1, 2))
print(s)
s.remove((3, 4))
