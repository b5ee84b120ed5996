# Checks: an uncaught failed assert without a message prints just "AssertionError".
x = [1, 2]
assert len(x) == 2
assert len(x) == 3
