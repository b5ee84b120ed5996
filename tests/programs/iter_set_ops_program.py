# Set operations in a small program: course enrolment analysis (ints, sorted output).
enrol = {
    "math": {101, 102, 103, 104, 110},
    "physics": {102, 104, 105, 110},
    "art": {101, 106, 107, 110},
}
all_students = set()
for s in enrol.values():
    all_students |= s
print("all:", sorted(all_students))
print("math&physics:", sorted(enrol["math"] & enrol["physics"]))
print("math only:", sorted(enrol["math"] - enrol["physics"] - enrol["art"]))
print("sym:", sorted(enrol["math"] ^ enrol["art"]))
common = enrol["math"].intersection(enrol["physics"], enrol["art"])
print("in all three:", sorted(common))
print("union:", sorted(enrol["art"].union(enrol["physics"])))
print(enrol["physics"].issubset(all_students), {101}.isdisjoint(enrol["physics"]))
for name in sorted(enrol):
    others = set().union(*(v for k, v in enrol.items() if k != name))
    print(f"{name:>8}: {len(enrol[name] - others)} exclusive")
counts = {}
for s in enrol.values():
    for st in s:
        counts[st] = counts.get(st, 0) + 1
print(sorted(st for st, n in counts.items() if n >= 2))
a = {1, 2, 3}
a &= {2, 3, 4}; print(sorted(a))
a -= {3}; print(sorted(a))
a ^= {2, 9}; print(sorted(a))
a.update([7, 8]); print(sorted(a))
