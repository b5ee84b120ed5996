# format() of ints and bools: every integer presentation type, alternate form, signs, widths, fill and alignment
values = [0, 1, -1, 7, 42, -42, 255, -255, 1000, 65535, 123456789, -987654321, 2**31, -2**63, 2**64 + 1]
for v in values:
    print(v, format(v, 'b'), format(v, 'o'), format(v, 'x'), format(v, 'X'), format(v, 'd'), format(v, 'n'))
    print(' ', format(v, '#b'), format(v, '#o'), format(v, '#x'), format(v, '#X'))
    print(' ', repr(format(v, '+d')), repr(format(v, ' d')), repr(format(v, '-d')), repr(format(v, '12')))
    print(' ', repr(format(v, '<12')), repr(format(v, '^12')), repr(format(v, '=12')), repr(format(v, '*>+14')))
    print(' ', repr(format(v, '012')), repr(format(v, '#014x')), repr(format(v, '+#020b')), repr(format(v, '_^+16')))
for c in [65, 97, 48, 32, 955, 8364, 128512]:
    print(c, repr(format(c, 'c')), repr(format(c, '>3c')), repr(format(c, '03c')), repr(format(c, '*^5c')))
print(format(True, ''), format(False, ''), format(True, 'd'), format(False, '#x'), format(True, '>4'), format(True, 'c') == chr(1))
print(format(True, '.2f'), format(False, 'e'), format(True, '%'))
big = 3 ** 100
print(format(big, 'x'))
print(format(-big, '#o'))
print(format(big, '_b'))
print(format(big, ',d'))
print(format(big, '>70'))
print((5).__format__('x'), (255).__format__('#06X'), int.__format__(10, 'b'), (-3).__format__(''))
for v in [5, -5, 12345]:
    print(repr(format(v, 'e')), repr(format(v, '.2f')), repr(format(v, 'g')), repr(format(v, '%')), repr(format(v, '.1%')), repr(format(v, 'G')))
