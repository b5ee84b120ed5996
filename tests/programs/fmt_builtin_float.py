# format() of floats: e, f, g, %, n, empty type, precision, alternate form, z, signs and special values
values = [0.0, -0.0, 1.0, -1.0, 0.5, 0.1, 1.5, 2.5, -2.5, 3.14159265358979, 2 / 3, 100.0, 123456.789,
          1e-05, 0.0001, 1e15, 1e16, 1e22, 1.7976931348623157e308, 5e-324, 9.995, 0.125, 0.375,
          float('inf'), float('-inf'), float('nan')]
types = ['', 'e', 'E', 'f', 'F', 'g', 'G', '%', 'n']
for v in values:
    print(repr(v))
    for t in types:
        row = [format(v, t), format(v, '.0' + t), format(v, '.1' + t), format(v, '.3' + t), format(v, '.12' + t)]
        print('  %-2s' % t, ' | '.join(row))
    print('  #', format(v, '#'), format(v, '#.0f'), format(v, '#.0e'), format(v, '#g'), format(v, '#.3g'))
    print('  signs', format(v, '+'), format(v, ' '), format(v, '-'), format(v, '+.2f'), format(v, ' .2e'))
    print('  z', format(v, 'z'), format(v, 'z.1f'), format(v, 'z.0e'), format(v, 'z.2%'), format(v, '+z.3g'))
print(format(-1e-10, 'z.3f'), format(-0.004, 'z.2f'), format(-0.005, 'z.2f'), format(-0.006, 'z.2f'))
print(format(0.1, '.20f'), format(0.1, '.25e'), format(0.1, '.30g'), format(1 / 3, '.17'))
print(format(2.675, '.2f'), format(1.005, '.2f'), format(0.5, '.0f'), format(1.5, '.0f'), format(2.5, '.0f'))
print(format(1e300, 'f'))
print((2.5).__format__('.3e'), float.__format__(1.0, ''), (1e16).__format__('>10'))
