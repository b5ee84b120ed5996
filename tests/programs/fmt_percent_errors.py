# printf-style errors: CPython's exact messages and which error wins when several apply
cases = [
    ('%d', ('x',)), ('%i', ([],)), ('%x', (3.5,)), ('%o', ('7',)), ('%X', (None,)), ('%f', ('1.5',)),
    ('%e', (None,)), ('%c', ('ab',)), ('%c', ('',)), ('%c', (1.5,)), ('%c', (-1,)), ('%c', (1114112,)),
    ('%c', (2**70,)), ('%d', (float('inf'),)), ('%d', (float('nan'),)), ('%y', (1,)), ('%y', ()),
    ('ab%ycd', (1,)), ('%é', (1,)), ('%s %s', (1,)), ('%s', (1, 2)), ('%s', ()), ('abc%', ()),
    ('%', ()), ('%5', (1,)), ('%.', (1,)), ('%-', (1,)), ('%*d', ('a', 1)), ('%.*f', (1.5, 2.0)),
    ('%*d', (5,)), ('%(a)s', (1,)), ('%(a', {'a': 1}), ('%(a)', {'a': 1}), ('%(b)s', {'a': 1}),
    ('%(a)s %s', {'a': 1}), ('x', 5), ('x', 'abc'), ('%s%%s', ('a', 'b')), ('%d', (10**5000,)), ('%s', (10**5000,)),
]
for f, a in cases:
    try:
        print(repr(f), '->', repr(f % a))
    except Exception as e:
        print(repr(f), '!', type(e).__name__, e)
for a, b in [(5, 'x'), (1.5, '%s'), ([], 'x')]:
    try:
        print(a % b)
    except TypeError as e:
        print('TypeError', e)
