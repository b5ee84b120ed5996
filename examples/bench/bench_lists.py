# List operations: sort (with and without key), slicing, comprehensions, append/pop, reverse.


def lcg_list(n, seed):
    out = []
    for _ in range(n):
        seed = (seed * 1103515245 + 12345) % 2147483648
        out.append(seed % 100000)
    return out


def main():
    checksum = 0
    for rep in range(48):
        data = lcg_list(20000, rep + 1)
        a = sorted(data)
        b = sorted(data, key=lambda v: (v % 100, v))
        c = [v * 2 for v in a if v % 3 == 0]
        d = a[::3] + a[1::3] + b[-100:]
        d.sort(reverse=True)
        squares = [[i * j for j in range(10)] for i in range(200)]
        flat = [x for row in squares for x in row if x % 2 == 0]
        stack = []
        for v in data[:5000]:
            stack.append(v)
            if v % 4 == 0:
                stack.pop()
        e = list(reversed(c))
        e.insert(0, -1)
        e.extend(d[:50])
        m = max(a) + min(b) + sum(c[:1000]) + len(flat) + len(stack) + e.index(d[0])
        checksum = (checksum * 17 + m + a[len(a) // 2] + b[123] + d[7]) % 1000000007
    print("checksum", checksum)


main()
