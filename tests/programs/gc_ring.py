# Checks: a ring of lists is collected only once unreachable; a reachable cycle is kept.
import gc
gc.collect()
def ring(n):
    nodes = [[i] for i in range(n)]
    for i in range(n):
        nodes[i].append(nodes[(i + 1) % n])
    return nodes[0]
keep = ring(5)
print(gc.collect())
r = ring(10)
del r
print(gc.collect())
print(keep[0], keep[1][0], keep[1][1][1][0])
node = keep
for i in range(5):
    node = node[1]
print(node is keep)
del keep, node
print(gc.collect())
