# Checks: blocks with different indentation widths, nested and dedenting several levels at once.
def outer(n):
  total = 0
  for i in range(n):
        if i % 2 == 0:
                  total += i
        else:
             total -= 1
  return total

print(outer(10))

def deep():
    a = []
    for i in range(2):
     for j in range(2):
      for k in range(2):
                if (i + j + k) % 2 == 1:
                 a.append((i, j, k))
    return a
print(deep())

if True:
 if True:
  if True:
   print("three levels")
print("back at zero")
while False:
        pass
else:
  print("while-else with other width")
