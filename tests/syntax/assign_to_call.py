f() = 1
# assigning to a call (first line)
