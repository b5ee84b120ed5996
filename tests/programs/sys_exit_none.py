# Checks: sys.exit() exits with status 0; finally blocks run on the way out.
import sys
try:
    print("in try")
    sys.exit()
finally:
    print("finally runs during sys.exit")
print("not reached")
