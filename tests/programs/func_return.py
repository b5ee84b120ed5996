# Checks: return of multiple values, implicit None, early return, return inside loops.
def divmod_both(a, b):
    return a // b, a % b
q, r = divmod_both(17, 5)
print(q, r, divmod_both(9, 3))
def nothing():
    x = 1
print(nothing())
def bare():
    return
print(bare())
def first_negative(seq):
    for x in seq:
        if x < 0:
            return x
    return None
print(first_negative([3, -2, -5]), first_negative([1, 2]))
def stats(nums):
    if not nums:
        return None, None, None
    return min(nums), max(nums), sum(nums) / len(nums)
print(stats([4, 8, 6]), stats([]))
def nested_return():
    while True:
        for i in range(10):
            if i == 3:
                return "returned at " + str(i)
print(nested_return())
def ret_list():
    return [1, 2], {"k": "v"}
(a, b), d = ret_list()
print(a, b, d)
