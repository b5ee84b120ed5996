# Integer arithmetic in while loops: longest Collatz chain, with // and %.


def chain_length(n):
    steps = 0
    while n != 1:
        if n % 2 == 0:
            n = n // 2
        else:
            n = 3 * n + 1
        steps += 1
    return steps


def main():
    best = 0
    best_n = 0
    total = 0
    for n in range(1, 150000):
        c = chain_length(n)
        total += c
        if c > best:
            best = c
            best_n = n
    print("longest", best_n, best, "total steps", total)


main()
