# Checks: implicit line joining in (), [], {} and explicit backslash continuation.
total = 1 + \
        2 + \
    3
print(total)
values = [
    1, 2,
  3,
        4,   # comment inside brackets
]
print(values)
d = {
    'a': 1,
    'b': (2,
          3),
}
print(d)
def f(a,
      b,
      c=3):
    return (a +
            b +
            c)
print(f(1,
        2))
if 1 < 2 and \
   2 < 3:
    print("backslash in condition")
s = ("abc"
     "def"
     'ghi')
print(s)
x = [i
     for i in range(5)
     if i % 2]
print(x)
print(len(
    "nested"
))
