# Checks: sys.exit(3) exits with status 3 and prints nothing more.
import sys
print("exiting with 3")
sys.exit(3)
print("not reached")
