# Checks: sys.exit("message") prints the message on stderr and exits with status 1.
import sys
print("before exit")
sys.exit("fatal: configuration missing")
