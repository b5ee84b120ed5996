# @classmethod as alternative constructors; cls is the subclass when called on it.
class Date:
    def __init__(self, y, m, d):
        self.y, self.m, self.d = y, m, d
    @classmethod
    def from_string(cls, s):
        y, m, d = s.split("-")
        return cls(int(y), int(m), int(d))
    @classmethod
    def epoch(cls):
        return cls(1970, 1, 1)
    def __repr__(self):
        return f"{type(self).__name__}({self.y}, {self.m:02d}, {self.d:02d})"

class IsoDate(Date):
    def __str__(self):
        return f"{self.y:04d}-{self.m:02d}-{self.d:02d}"

a = Date.from_string("2024-3-7")
b = IsoDate.from_string("1999-12-31")
print(repr(a), repr(b))
print(b)
print(IsoDate.epoch(), type(IsoDate.epoch()).__name__)
print(a.epoch())
print(b.from_string("2000-1-2"))
m = IsoDate.from_string
print(m("2001-2-3"))
