# Checks: cycles through instances, bound methods, closures and sets of instances are found
# and freed, and reachable ones are kept intact. (Only whether something was found is printed:
# CPython 3.11 keeps an instance's attributes inline and counts 1 per instance, gilvm counts the
# instance and its __dict__.)
import gc
gc.disable()
gc.collect()
class Node:
    def __init__(self, name):
        self.name = name
        self.peers = []
    def link(self, other):
        self.peers.append(other)
        other.peers.append(self)
    def hello(self):
        return "hello from " + self.name
a, b = Node("a"), Node("b")
a.link(b)
del a, b
print("two linked nodes:", gc.collect() > 0, gc.collect())
n = Node("n")
n.greet = n.hello
del n
print("bound method stored on its instance:", gc.collect() > 0)
def make():
    box = Node("box")
    def get():
        return box
    box.get = get
    return get
keep = make()
print("reachable closure kept:", gc.collect() == 0, keep().name, keep().get is keep)
del keep
print("then freed:", gc.collect() > 0)
ring = [Node(str(i)) for i in range(5)]
for i in range(5):
    ring[i].link(ring[(i + 1) % 5])
head = ring[0]
del ring
print("ring reachable from one name:", gc.collect() == 0, sorted(p.name for p in head.peers))
del head
print("ring freed:", gc.collect() > 0, gc.collect())
s = set()
o = Node("in a set")
o.container = s
s.add(o)
del s, o
print("set holding an instance that holds the set:", gc.collect() > 0)
gc.enable()
