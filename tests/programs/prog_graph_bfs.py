# Checks: breadth-first and depth-first search over a dict-of-lists graph; shortest paths by BFS.
graph = {
    "a": ["b", "c"], "b": ["d"], "c": ["d", "e"], "d": ["f"], "e": ["f"], "f": [], "g": ["a"],
}
def bfs(start):
    dist = {start: 0}
    prev = {start: None}
    queue = [start]
    while queue:
        node = queue.pop(0)
        for nxt in graph[node]:
            if nxt not in dist:
                dist[nxt] = dist[node] + 1
                prev[nxt] = node
                queue.append(nxt)
    return dist, prev
def path(prev, target):
    out = []
    while target is not None:
        out.append(target)
        target = prev[target]
    return out[::-1]
dist, prev = bfs("a")
print(dist)
print(path(prev, "f"), "g" in dist)
order = []
def dfs(node, seen):
    if node in seen:
        return
    seen[node] = True
    order.append(node)
    for nxt in graph[node]:
        dfs(nxt, seen)
dfs("g", {})
print(order)
def topo():
    indeg = {n: 0 for n in graph}
    for n in graph:
        for m in graph[n]:
            indeg[m] += 1
    ready = sorted([n for n in indeg if indeg[n] == 0])
    out = []
    while ready:
        n = ready.pop(0)
        out.append(n)
        for m in graph[n]:
            indeg[m] -= 1
            if indeg[m] == 0:
                ready.append(m)
                ready.sort()
    return out
print(topo())
