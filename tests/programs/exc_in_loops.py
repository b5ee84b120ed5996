# Checks: exceptions inside loops and comprehensions: handler inside vs outside the loop.
def safe_div(a, b):
    try:
        return a / b
    except ZeroDivisionError:
        return None
print([safe_div(10, b) for b in (1, 2, 0, 5)])
try:
    print([10 / b for b in (1, 0, 2)])
except ZeroDivisionError as e:
    print("comprehension aborted:", e)
data = {"a": "1", "b": "x", "c": "3", "d": None}
parsed = {}
errors = []
for k, v in data.items():
    try:
        parsed[k] = int(v)
    except ValueError as e:
        errors.append(str(e))
    except TypeError as e:
        errors.append(str(e))
print(parsed)
for e in errors:
    print(e)
i = 0
while True:
    try:
        [1, 2, 3][i]
        i += 1
    except IndexError:
        break
print("stopped at", i)
