# Checks: startswith/endswith with strings, tuples, and start/end arguments.
s = "hello world"
print(s.startswith("hello"), s.startswith("world"), s.startswith(""), s.startswith("world", 6))
print(s.endswith("world"), s.endswith("hello"), s.endswith("hello", 0, 5), s.endswith(""))
print(s.startswith(("x", "he")), s.endswith(("x", "y")), s.endswith(("ld",)))
print(s.startswith("o", 4), s.startswith("lo", -7), s.endswith("lo w", 0, 7))
files = ["main.c", "main.h", "notes.txt", "run.py", "README"]
print([f for f in files if f.endswith((".c", ".h"))])
print([f for f in files if not f.startswith(("m", "R"))])
print("".startswith(""), "".endswith("a"))
