# The strategy comparison demo: the same CPU-bound program, timed under each
# strategy by examples/demo.sh. It also runs unchanged under python3.
import sys


def collatz_steps(n):
    steps = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps


def work(limit):
    best, best_n = 0, 0
    for n in range(1, limit):
        s = collatz_steps(n)
        if s > best:
            best, best_n = s, n
    return best_n, best


limit = int(sys.argv[1]) if len(sys.argv) > 1 else 100000
n, steps = work(limit)
print("longest Collatz chain below", limit, "starts at", n, "with", steps, "steps")
