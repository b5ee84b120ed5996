# Checks: raise SystemExit(0), SystemExit(None) and `raise SystemExit(2)` behave like sys.exit.
try:
    raise SystemExit(0)
except SystemExit as e:
    print("caught", repr(e))
print("continuing")
raise SystemExit(2)
