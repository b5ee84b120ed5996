# Set comprehensions with conditions and nested loops; printed in sorted order.
words = ["apple", "Banana", "cherry", "avocado", "blueberry", "Apple"]
firsts = {w[0].lower() for w in words}
print(sorted(firsts))
lengths = {len(w) for w in words if len(w) > 5}
print(sorted(lengths))
pairs = {(a, b) for a in range(3) for b in range(3) if a < b}
print(sorted(pairs))
squares = {n * n % 10 for n in range(20)}
print(sorted(squares))
norm = {w.lower() for w in words}
print(len(norm), sorted(norm))
print(sorted({c for c in "hello world" if c.isalpha()}))
x = 10
print(sorted({x for x in range(3)}), x)
print({n for n in []}, type({n for n in "a"}).__name__)
