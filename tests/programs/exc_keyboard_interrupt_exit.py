# An uncaught KeyboardInterrupt: the traceback, then the process ends by SIGINT
# (CPython 3.8+), so a shell sees status 130.
print("before")
raise KeyboardInterrupt
