# Stress: powers whose result could never fit in memory (2 ** 10**12 has 10**12 bits) raise
# MemoryError at once. CPython 3.11 instead starts squaring and runs for many minutes before it
# fails, so there is no CPython recording: huge_pow.gilvm.out is what gilvm must print, on
# purpose. Powers with a modulus stay small and work, as in CPython.

def attempt(name, fn):
    try:
        r = fn()
        print(name, "->", r.bit_length(), "bits")
    except MemoryError as e:
        print(name, "MemoryError", repr(e))
    except OverflowError as e:
        print(name, "OverflowError:", e)

attempt("2 ** 10**12", lambda: 2 ** 10 ** 12)
attempt("3 ** 10**15", lambda: 3 ** 10 ** 15)
attempt("-10 ** 10**12", lambda: -10 ** 10 ** 12)
attempt("(2**100) ** 10**11", lambda: (2 ** 100) ** 10 ** 11)
attempt("2 ** 2**64", lambda: 2 ** 2 ** 64)
attempt("pow(7, 10**12)", lambda: pow(7, 10 ** 12))
attempt("1 ** 10**12", lambda: 1 ** 10 ** 12)
attempt("(-1) ** (10**12 + 1)", lambda: (-1) ** (10 ** 12 + 1))
attempt("0 ** 10**12", lambda: 0 ** 10 ** 12)
attempt("2 ** 100000", lambda: 2 ** 100000)
print("pow(2, 10**12, 1000) =", pow(2, 10 ** 12, 1000))
print("pow(3, 2**64, 10**9 + 7) =", pow(3, 2 ** 64, 10 ** 9 + 7))
