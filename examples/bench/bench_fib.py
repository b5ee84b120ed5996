# Recursion: naive Fibonacci, a storm of small Python-to-Python calls.


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def main():
    total = 0
    for n in range(27, 34):
        total += fib(n)
    print("fib checksum", total)


main()
