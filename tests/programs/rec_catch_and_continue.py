# Checks: a RecursionError can be caught and the program goes on recursing normally afterwards.
def infinite(n):
    return infinite(n + 1)
for attempt in range(3):
    try:
        infinite(0)
    except RecursionError as e:
        print(attempt, type(e).__name__, e)
def fine(n):
    return n if n == 0 else fine(n - 1)
print(fine(500))
