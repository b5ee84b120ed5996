# True cannot be a keyword
f(True=1)
