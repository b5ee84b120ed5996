# format-spec errors: CPython's exact ValueError/TypeError/OverflowError messages, in CPython's order
cases = [
    (1.5, 'd'), (1.5, 'x'), (1.5, 'c'), (1.5, 's'), ('abc', 'd'), ('abc', 'f'), (5, 's'), (True, 's'),
    ('abc', ',s'), ('abc', ','), ('abc', '_'), ('abc', '+'), ('abc', '-'), ('abc', ' '), ('abc', '#'),
    ('abc', '='), ('abc', '=5'), ('abc', 'z'), ('abc', '+d'), (5, '.2d'), (5, 'z'), (5, 'zd'), (5, 'z.2d'),
    (5, '+c'), (5, '#c'), (-1, 'c'), (1114112, 'c'), (2**70, 'c'), (5, '.'), (5, '.x'), (1.5, '.f'),
    (5, 'xx'), (5, '5xx'), (1.5, '.2.3'), ('abc', 'ss'), (5, ',x'), (5, ',b'), (5, '_n'), (5, ',n'),
    (5, ',c'), (5, ',_'), (5, '_,'), (5, ',,'), (5, '__'), (5, ',5'), (5, '.2,'), (1.5, '.2_'),
    (5, '99999999999999999999'), (1.5, '.99999999999999999999'), (1.5, '.2147483648f'),
    (2**1024, 'f'), (2**1024, 'e'), (10**5000, 'd'), (10**5000, ','), (5, '\x7f'), (5, '\x01'), (5, '\u1234'),
    (None, 'x'), ([], '>3'), ((), 's'), (5, 5), (5, None),
]
for v, s in cases:
    try:
        print(repr(format(v, s)))
    except Exception as e:
        print(type(v).__name__, repr(s)[:30], type(e).__name__, e)
print(format(10**5000, 'x')[:20], format(10**300, 'e'))
try:
    (5).__format__(5)
except TypeError as e:
    print(e)
try:
    format()
except TypeError as e:
    print(e)
try:
    format(1, 2, 3)
except TypeError as e:
    print(e)
try:
    format(5, format_spec='x')
except TypeError as e:
    print(e)
