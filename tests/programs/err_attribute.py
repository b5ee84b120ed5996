# Checks: uncaught AttributeError "'list' object has no attribute 'foo'".
items = [3, 1, 2]
items.sort()
print(items)
items.foo()
