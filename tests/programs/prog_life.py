# Checks: Conway's Game of Life on a small wrapping grid, printed with join.
def step(grid):
    h, w = len(grid), len(grid[0])
    new = [[0] * w for i in range(h)]
    for r in range(h):
        for c in range(w):
            n = 0
            for dr in (-1, 0, 1):
                for dc in (-1, 0, 1):
                    if dr or dc:
                        n += grid[(r + dr) % h][(c + dc) % w]
            new[r][c] = 1 if n == 3 or (n == 2 and grid[r][c]) else 0
    return new
def show(grid):
    for row in grid:
        print("".join(["#" if x else "." for x in row]))
    print()
g = [[0] * 8 for i in range(6)]
for r, c in [(0, 1), (1, 2), (2, 0), (2, 1), (2, 2)]:
    g[r][c] = 1
show(g)
for i in range(4):
    g = step(g)
show(g)
print(sum([sum(row) for row in g]))
