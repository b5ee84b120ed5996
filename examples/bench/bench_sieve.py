# Integer loops: sieve of Eratosthenes, repeated, over a list of flags.


def sieve(limit):
    flags = [True] * (limit + 1)
    flags[0] = flags[1] = False
    i = 2
    while i * i <= limit:
        if flags[i]:
            j = i * i
            while j <= limit:
                flags[j] = False
                j += i
        i += 1
    return flags


def main():
    checksum = 0
    for rep in range(24):
        flags = sieve(400000 + rep)
        count = 0
        last = 0
        for n in range(len(flags)):
            if flags[n]:
                count += 1
                last = n
        checksum = (checksum * 31 + count * 7 + last) % 1000000007
    print("primes", count, "last", last, "checksum", checksum)


main()
