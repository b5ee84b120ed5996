# Property error messages name the class attribute (set at class creation), not fget's name.
class Shape:
    def _get_area(self):
        return 6
    area = property(_get_area)
    def _get_side(self):
        return 2
    def _set_side(self, v):
        print("set side", v)
    side = property(_get_side, _set_side)
s = Shape()
print(s.area, s.side)
s.side = 3
for name in ["area", "side"]:
    try:
        delattr(s, name)
    except AttributeError as e:
        print("AttributeError:", e)
try:
    s.area = 1
except AttributeError as e:
    print("AttributeError:", e)
