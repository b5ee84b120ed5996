# Checks: classic list algorithms: bubble sort, binary search, insertion sort, merge of sorted lists.
def bubble(a):
    a = a[:]
    n = len(a)
    for i in range(n):
        swapped = False
        for j in range(n - 1 - i):
            if a[j] > a[j + 1]:
                a[j], a[j + 1] = a[j + 1], a[j]
                swapped = True
        if not swapped:
            break
    return a

def insertion(a):
    out = []
    for x in a:
        i = len(out)
        while i > 0 and out[i - 1] > x:
            i -= 1
        out.insert(i, x)
    return out

def bsearch(a, x):
    lo, hi = 0, len(a) - 1
    while lo <= hi:
        mid = (lo + hi) // 2
        if a[mid] == x:
            return mid
        if a[mid] < x:
            lo = mid + 1
        else:
            hi = mid - 1
    return -1

def merge(a, b):
    i = j = 0
    out = []
    while i < len(a) and j < len(b):
        if a[i] <= b[j]:
            out.append(a[i]); i += 1
        else:
            out.append(b[j]); j += 1
    return out + a[i:] + b[j:]

data = [38, 27, 43, 3, 9, 82, 10, 3, -5]
s = bubble(data)
print(s, insertion(data) == s, data)
print([bsearch(s, x) for x in (3, 82, -5, 100, 10)])
print(merge([1, 4, 9], [2, 3, 10, 11]))
