# String building and splitting: join, split, replace, find, slicing, concatenation, str().


def build_records(n):
    parts = []
    for i in range(n):
        name = "user" + str(i % 977)
        parts.append(name + ":" + str(i * 7 % 1000) + ":" + ("x" * (i % 5)) + ":" + str(i))
    return ";".join(parts)


def parse_records(blob):
    total = 0
    longest = ""
    for rec in blob.split(";"):
        fields = rec.split(":")
        total += int(fields[1]) + len(fields[2])
        if len(fields[0]) > len(longest):
            longest = fields[0]
    return total, longest


def transform(blob):
    s = blob.replace("user", "U").replace(":x", ":y")
    hits = 0
    pos = s.find("U9")
    while pos >= 0 and hits < 2000:
        hits += 1
        pos = s.find("U9", pos + 1)
    return len(s), hits, s[100:130].upper()


def palindromes(n):
    count = 0
    for i in range(n):
        t = str(i)
        if t == t[::-1]:
            count += 1
        if t.startswith("12") and t.endswith("1"):
            count += 1
    return count


def main():
    checksum = 0
    for rep in range(6):
        blob = build_records(128000 + rep)
        total, longest = parse_records(blob)
        length, hits, sample = transform(blob)
        checksum = (checksum + total + length + hits) % 1000000007
    print("records", total, longest, length, hits, sample)
    print("palindromes", palindromes(1000000))
    print("checksum", checksum)


main()
