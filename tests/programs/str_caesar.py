# Checks: a Caesar cipher and ROT13 built from ord/chr, isalpha/isupper and join.
def shift_char(c, k):
    if "a" <= c <= "z":
        return chr((ord(c) - ord("a") + k) % 26 + ord("a"))
    if "A" <= c <= "Z":
        return chr((ord(c) - ord("A") + k) % 26 + ord("A"))
    return c

def caesar(text, k):
    return "".join([shift_char(c, k) for c in text])

msg = "Hello, World! The quick brown fox."
enc = caesar(msg, 3)
print(enc)
print(caesar(enc, -3))
print(caesar(msg, 13))
print(caesar(caesar(msg, 13), 13) == msg)
for k in range(0, 26, 5):
    print(k, caesar("xyz ABC", k))
