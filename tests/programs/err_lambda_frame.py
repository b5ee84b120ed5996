# Checks: traceback frames of a lambda and a comprehension show as <lambda> and <listcomp>.
f = lambda x: 10 // x
print([f(x) for x in [5, 2, 0]])
