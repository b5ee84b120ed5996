# Checks: sys.argv holds just the script name as it was run; from-import forms of sys.
import sys
from sys import argv
from sys import maxsize as biggest
print(len(sys.argv), sys.argv[0], argv[0] == sys.argv[0], type(sys.argv))
print(sys.maxsize == 2 ** 63 - 1, biggest == sys.maxsize, sys.maxsize + 1)
