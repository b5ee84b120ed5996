# An uncaught exception whose __str__ is custom: the traceback's last line uses it.
class RangeError(Exception):
    def __init__(self, value, lo, hi):
        super().__init__(value)
        self.value, self.lo, self.hi = value, lo, hi
    def __str__(self):
        return f"{self.value} not in [{self.lo}, {self.hi}]"

def check(v):
    if not 0 <= v <= 10:
        raise RangeError(v, 0, 10)
    return v

print(check(3))
check(42)
