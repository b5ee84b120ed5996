# @x.setter with validation; the stored value lives in a private attribute.
class Temperature:
    def __init__(self, celsius=0):
        self.celsius = celsius
    @property
    def celsius(self):
        return self._c
    @celsius.setter
    def celsius(self, value):
        if not isinstance(value, (int, float)):
            raise TypeError(f"temperature must be a number, not {type(value).__name__}")
        if value < -273.15:
            raise ValueError(f"{value} is below absolute zero")
        self._c = value
    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32
    @fahrenheit.setter
    def fahrenheit(self, f):
        self.celsius = (f - 32) * 5 / 9

t = Temperature(25)
print(t.celsius, t.fahrenheit)
t.fahrenheit = 212
print(t.celsius, f"{t.fahrenheit:.1f}")
t.celsius += 5
print(t.celsius, sorted(vars(t)))
for bad in [-300, "hot"]:
    try:
        t.celsius = bad
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
try:
    Temperature(-500)
except ValueError as e:
    print("ValueError:", e)
print(t.celsius)
