# printf-style numbers: %d %i %u %o %x %X %e %E %f %F %g %G with flags - + space # 0, widths and precision
ints = [0, 7, -7, 255, -255, 123456, 2**40, -(2**70)]
for v in ints:
    print('%d|%i|%u|%o|%x|%X|%#o|%#x|%#X' % (v, v, v, v, v, v, v, v, v))
    print(' [%8d][%-8d][%08d][%+d][% d][%+08d][%-+8d][% 08d]' % (v, v, v, v, v, v, v, v))
    print(' [%.5d][%8.5d][%-8.5x][%#.5x][%#10x][%#010x][%-#10o][%010.4d]' % (v, v, v, v, v, v, v, v))
floats = [0.0, -0.0, 1.0, -1.5, 3.14159265, 1e-05, 12345.678, 1e16, 2.5e-300, float('inf'), float('-inf'), float('nan')]
for v in floats:
    print('%f|%e|%g|%F|%E|%G' % (v, v, v, v, v, v))
    print(' [%10.3f][%-10.2e][%010.4g][%+.1f][% .2f][%#.0f][%#g][%.0e][%.10g]' % (v, v, v, v, v, v, v, v, v))
print('%d %d %d' % (3.99, -3.99, True))
print('%x %o' % (True, False))
print('%f %e %g' % (1, 2, 3))
print('%.2f%%' % 99.5)
print('%5.1f%%|%-7.2f|' % (12.345, 1.005))
print('%*.*f|' % (10, 3, 2.71828))
print('%-*.*f|' % (10, 1, 2.71828))
print('%*d|' % (-6, 42))
print('%.*f' % (-2, 1.25))
print('%ld %hd %Li %lf' % (1, 2, 3, 4.5))
print('%d' % (2**100,))
print('%x' % 2**100)
