# Checks: string slices with positive/negative bounds and steps, out of range bounds.
s = "abcdefghij"
print(s[2:5], s[:3], s[7:], s[:], s[-3:], s[:-3], s[-5:-2])
print(s[::2], s[1::2], s[::-1], s[::-2], s[8:2:-1], s[8:2:-3])
print(repr(s[5:2]), repr(s[100:]), s[-100:3], s[3:100])
print(s[0:10:4], s[-1:-11:-1] == s[::-1])
u = "añb漢c😀d"
print(u[::-1], u[1:6:2], u[-3:], len(u[2:]))
print(s[None:None], s[None:4], s[2:None:3])
print(s[True:3])
