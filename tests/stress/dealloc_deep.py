# Stress: freeing 1,000,000-deep chains of lists, tuples, dicts, instances, closures and
# generators must not recurse in C once per level (it would overflow the C stack): by
# reference counting, by a collection when the chain hangs off a cycle, while an exception
# unwinds, and when a container slot is overwritten.
import gc

N = 1000000

def chain_list(n):
    x = None
    for i in range(n):
        x = [x]
    return x

def chain_tuple(n):
    x = None
    for i in range(n):
        x = (x,)
    return x

def chain_dict(n):
    x = None
    for i in range(n):
        x = {"next": x}
    return x

def chain_mixed(n):
    x = None
    for i in range(n // 3):
        x = [(x, {"k": 1})]
        x = {"v": x}
    return x

class Node:
    def __init__(self, next):
        self.next = next

def chain_nodes(n):
    x = None
    for i in range(n):
        x = Node(x)
    return x

def chain_closures(n):
    f = None
    for i in range(n // 10):
        f = (lambda g: lambda: g)(f)
    return f

def chain_generators(n):
    g = None
    for i in range(n // 10):
        g = (x for x in [g])
    return g

for make in (chain_list, chain_tuple, chain_dict, chain_mixed, chain_nodes, chain_closures,
             chain_generators):
    c = make(N)
    del c
    print(make.__name__, "freed")

# The same chains hanging off a cycle: only the collector can free them.
gc.collect()
head = [chain_list(N)]
head.append(head)
del head
print("list chain in a cycle:", gc.collect())
n = Node(chain_nodes(N // 10))
n.me = n
del n
print("instance chain in a cycle:", gc.collect() > N // 10)

# Freed while an exception unwinds the frame that holds it.
def hold_and_fail():
    c = chain_list(N)
    raise ValueError("dropped")

try:
    hold_and_fail()
except ValueError as e:
    print("unwound:", e)

# Freed when the slot holding it is overwritten or deleted.
box = [chain_tuple(N)]
box[0] = None
d = {"c": chain_dict(N)}
d["c"] = 0
del d["c"]
lst = [chain_list(N // 2), chain_list(N // 2)]
del lst[:]
print("overwritten", box, d, lst)
