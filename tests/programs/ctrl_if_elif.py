# Checks: if/elif/else chains, nested ifs, truthiness of many values in conditions.
def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n < 10:
        if n % 2 == 0:
            return "small even"
        else:
            return "small odd"
    elif n < 100:
        return "medium"
    else:
        return "large"

for n in (-5, 0, 3, 4, 50, 1000):
    print(n, classify(n))
for v in (0, 1, -1, 0.0, 0.1, "", "a", [], [0], (), (0,), {}, {0: 0}, None, True, False, range(0), range(1)):
    if v:
        print(repr(v), "truthy")
    else:
        print(repr(v), "falsy")
x = 5
if x > 3: print("x > 3")
if not x: print("never")
elif x: print("elif taken")
