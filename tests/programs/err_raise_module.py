# Checks: raise ValueError("msg") at module level: stdout before it is kept, traceback on stderr.
print("line before the error")
raise ValueError("something went wrong")
