# Checks: pass in every block kind; assert with and without messages (caught AssertionError).
def nothing():
    pass
print(nothing())
for i in range(2):
    pass
if True:
    pass
else:
    pass
while False:
    pass
try:
    pass
except Exception:
    pass
finally:
    pass
assert True
assert 1 == 1, "never shown"
try:
    assert 1 == 2
except AssertionError as e:
    print(repr(e), str(e) == "")
try:
    assert 1 > 2, "one is not greater than two"
except AssertionError as e:
    print(repr(e))
try:
    assert [], ["message", "as", "list"]
except AssertionError as e:
    print(repr(e))
def check(x):
    assert isinstance(x, int), "expected int, got " + repr(x)
    return x * 2
print(check(21))
try:
    check("21")
except AssertionError as e:
    print(e)
