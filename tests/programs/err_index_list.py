# Checks: uncaught IndexError "list index out of range".
items = [10, 20, 30]
i = 0
while True:
    print(items[i])
    i += 1
