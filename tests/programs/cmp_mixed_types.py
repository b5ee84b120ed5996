# Checks: == between unrelated types is False; ordering across types raises TypeError with the type names.
print(1 == "1", [] == (), {} == [], None == 0, "a" != 1, 1 == 1.0 == True)
pairs = [("a", 1), (1, "a"), ([], 1), (None, None), ((), []), ({}, 1), (1.5, "x"), ([1], (1,))]
for x, y in pairs:
    for op in ("<", ">", "<=", ">="):
        try:
            if op == "<":
                r = x < y
            elif op == ">":
                r = x > y
            elif op == "<=":
                r = x <= y
            else:
                r = x >= y
            print(repr(x), op, repr(y), r)
        except TypeError as e:
            print(e)
