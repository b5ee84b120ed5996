# Checks: Dijkstra's shortest paths with a plain list as the priority queue (no imports).
edges = [("A", "B", 7), ("A", "C", 9), ("A", "F", 14), ("B", "C", 10), ("B", "D", 15),
         ("C", "D", 11), ("C", "F", 2), ("D", "E", 6), ("E", "F", 9)]
adj = {}
for u, v, w in edges:
    adj.setdefault(u, []).append((v, w))
    adj.setdefault(v, []).append((u, w))
def dijkstra(src):
    dist = {src: 0}
    prev = {}
    todo = [(0, src)]
    done = {}
    while todo:
        todo.sort()
        d, u = todo.pop(0)
        if u in done:
            continue
        done[u] = True
        for v, w in adj[u]:
            nd = d + w
            if v not in dist or nd < dist[v]:
                dist[v] = nd
                prev[v] = u
                todo.append((nd, v))
    return dist, prev
dist, prev = dijkstra("A")
for node in sorted(dist):
    route = [node]
    while route[-1] != "A":
        route.append(prev[route[-1]])
    print(node, dist[node], "->".join(reversed(route)))
