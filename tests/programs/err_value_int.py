# Checks: uncaught ValueError from int('x').
values = ["1", "2", "x", "4"]
total = 0
for v in values:
    total += int(v)
    print("running total", total)
