# Checks: big-int arithmetic: digits of pi with Machin's formula, and of e, using only integers.
def arctan_inv(x, unity):
    total = term = unity // x
    x2 = x * x
    n = 3
    sign = -1
    while term:
        term //= x2
        total += sign * (term // n)
        sign = -sign
        n += 2
    return total
def pi_digits(digits):
    unity = 10 ** (digits + 10)
    pi = 4 * (4 * arctan_inv(5, unity) - arctan_inv(239, unity))
    return str(pi // 10 ** 10)
p = pi_digits(200)
print(p[0] + "." + p[1:])
def e_digits(digits):
    unity = 10 ** (digits + 10)
    total = 0
    term = unity
    k = 0
    while term:
        total += term
        k += 1
        term //= k
    return str(total // 10 ** 10)
e = e_digits(100)
print(e[0] + "." + e[1:])
