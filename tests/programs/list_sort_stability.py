# Checks: sort is stable: equal keys keep their order, including with reverse=True; multi-pass sorts.
people = [("alice", 30, "nyc"), ("bob", 25, "sf"), ("carol", 30, "sf"), ("dave", 25, "nyc"),
          ("eve", 35, "sf"), ("frank", 30, "la"), ("grace", 25, "la")]
by_age = sorted(people, key=lambda p: p[1])
for p in by_age:
    print(p)
print([p[0] for p in sorted(people, key=lambda p: p[1], reverse=True)])
s = sorted(people, key=lambda p: p[0])
s = sorted(s, key=lambda p: p[2])
s = sorted(s, key=lambda p: p[1])
print([p[0] for p in s])
nums = [3, 1, 2, 1, 3, 2]
tagged = list(enumerate(nums))
tagged.sort(key=lambda t: t[1])
print(tagged)
tagged.sort(key=lambda t: t[1], reverse=True)
print(tagged)
keys = ["b1", "a1", "b2", "a2", "c1", "a3"]
print(sorted(keys, key=lambda k: k[0]))
print(sorted(keys, key=lambda k: k[0], reverse=True))
