# a call left open at the end of the file
print(1,
      2,
