# Checks: a source file with CRLF (Windows) line endings.
x = [1,
     2]
if x:
    print("crlf", x)
s = """a
b"""
print(repr(s))
