# Checks: deep but legal recursion (depth 900 under the default limit of 1000) and recursion on lists.
def count_down(n):
    if n == 0:
        return 0
    return 1 + count_down(n - 1)
print(count_down(900))
def sum_list(lst):
    if not lst:
        return 0
    return lst[0] + sum_list(lst[1:])
print(sum_list(list(range(800))))
def nest(n):
    return [] if n == 0 else [nest(n - 1)]
def depth(x):
    return 0 if not x else 1 + depth(x[0])
print(depth(nest(400)))
