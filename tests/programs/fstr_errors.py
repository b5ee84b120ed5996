# f-string runtime errors: bad specs and bad __format__ results raise CPython's exceptions
cases = [
    lambda: f'{1.5:d}', lambda: f'{"abc":x}', lambda: f'{5:.2d}', lambda: f'{"s":=5}', lambda: f'{5:xx}',
    lambda: f'{None:>5}', lambda: f'{[1]:x}', lambda: f'{5:{"z"}}', lambda: f'{2**70:c}', lambda: f'{"a":{3}.{"x"}}',
]
for c in cases:
    try:
        print(c())
    except Exception as e:
        print(type(e).__name__, e)
class Bad:
    def __format__(self, spec):
        return 1
try:
    print(f'{Bad()}')
except TypeError as e:
    print('TypeError', e)
