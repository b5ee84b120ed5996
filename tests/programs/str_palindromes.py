# Checks: string algorithms: palindromes, reversing words, run-length encoding and decoding.
def clean(s):
    return "".join([c.lower() for c in s if c.isalnum()])

for s in ("A man, a plan, a canal: Panama", "hello", "Was it a car or a cat I saw?", ""):
    c = clean(s)
    print(repr(s), c == c[::-1])
print(" ".join(reversed("the sky is blue".split())))

def rle(s):
    out = []
    i = 0
    while i < len(s):
        j = i
        while j < len(s) and s[j] == s[i]:
            j += 1
        out.append(str(j - i) + s[i])
        i = j
    return "".join(out)

def unrle(s):
    out = ""
    num = ""
    for c in s:
        if c.isdigit():
            num += c
        else:
            out += c * int(num)
            num = ""
    return out

e = rle("aaabccddddddddddde")
print(e, unrle(e), unrle(e) == "aaabccddddddddddde")
