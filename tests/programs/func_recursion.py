# Checks: recursive functions: fib, Ackermann (small), Towers of Hanoi, power set, gcd.
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print([fib(i) for i in range(20)])
def ack(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ack(m - 1, 1)
    return ack(m - 1, ack(m, n - 1))
print(ack(0, 0), ack(1, 2), ack(2, 3), ack(3, 3))
moves = []
def hanoi(n, src, dst, via):
    if n == 0:
        return
    hanoi(n - 1, src, via, dst)
    moves.append(src + dst)
    hanoi(n - 1, via, dst, src)
hanoi(3, "A", "C", "B")
print(len(moves), moves)
moves = []
hanoi(10, "A", "C", "B")
print(len(moves))
def powerset(s):
    if not s:
        return [[]]
    rest = powerset(s[1:])
    return rest + [[s[0]] + r for r in rest]
print(powerset([1, 2, 3]))
def gcd(a, b):
    return a if b == 0 else gcd(b, a % b)
print(gcd(1071, 462))
