# Defining __eq__ without __hash__ makes instances unhashable.
class P:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
print(P.__hash__)
try:
    hash(P(1))
except TypeError as e:
    print("TypeError:", e)
try:
    {P(1): 1}
except TypeError as e:
    print("TypeError:", e)
try:
    s = set()
    s.add(P(2))
except TypeError as e:
    print("TypeError:", e)
try:
    {P(3)}
except TypeError as e:
    print("TypeError:", e)
class Q(P):
    def __hash__(self): return hash(self.v)
print(len({Q(1), Q(1), Q(2)}))
class R:
    __hash__ = None
try:
    hash(R())
except TypeError as e:
    print("TypeError:", e)
