# A set used as an element in `in`, remove and discard is looked up as a frozenset.
s = set([frozenset([1, 2]), frozenset(), 3])
print(set([2, 1]) in s, set() in s, set([3]) in s, frozenset([1, 2]) in s)
print(s.__contains__(set([1, 2])), frozenset(s).__contains__(set()))
s.remove(set([1, 2]))
print(s)
s.discard(set())
print(s)
try:
    s.remove(set([7]))
except KeyError as e:
    print("KeyError:", e)
try:
    [1] in s
except TypeError as e:
    print("TypeError:", e)
try:
    s.add(set([1]))
except TypeError as e:
    print("TypeError:", e)
