# Generators: a pipeline of generator functions and generator expressions.


def numbers(n):
    i = 0
    while i < n:
        yield i
        i += 1


def scaled(source, k):
    for v in source:
        yield v * k


def only_odd(source):
    for v in source:
        if v % 2:
            yield v


def windows(source, size):
    win = []
    for v in source:
        win.append(v)
        if len(win) == size:
            yield win[0] + win[-1]
            win = win[1:]


def take(source, n):
    for v in source:
        if n <= 0:
            return
        n -= 1
        yield v


def main():
    total = 0
    for rep in range(48):
        pipeline = windows(only_odd(scaled(numbers(120000), 3)), 4)
        total += sum(take(pipeline, 50000))
        total += sum(x * x for x in range(20000) if x % 3 == 1)
        total += max(v for v in scaled(numbers(30000), 7))
    print("total", total)


main()
