# str.format errors: CPython's exact messages for malformed fields, numbering, lookups and conversions
cases = [
    '{', '}', 'a{', 'a}b', '{0', '{0:', '{!', '{!r', '{0!rr}', '{!x}', '{0!}', '{0[}', '{0[1}', '{0.}',
    '{0[]}', '{0..a}', '{0[0]x}', '{0]}', '{a{}', '{:{}', '{:{:{}}}', '{0}{}', '{}{0}', '{}{}{}', '{5}',
    '{nope}', '{0.nope}', '{0[9]}', '{0[x]}', '{2[-1]}', '{99999999999999999999}', '{0[99999999999999999999]}',
    '{0:}}', '{0}}', '{0:d}', '{1:x}', '{0:{{}}}', '{0:{1!r}}', '{:=5}', '{2:,x}', '{0:é}', '{!é}',
    '{ 0}', '{-1}', '{0:{1}}', '{3:d}',
]
for f in cases:
    try:
        print(repr(f), '->', repr(f.format('ab', 5, [1, 2, 3], None)))
    except Exception as e:
        print(repr(f), '!', type(e).__name__, e)
try:
    str.format()
except TypeError as e:
    print('TypeError', e)
