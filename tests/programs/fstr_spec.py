# f-strings with format specs: every kind of value, and specs with nested replacement fields
n, x, s = 255, 3.14159, 'mid'
print(f'{n:x} {n:#X} {n:08b} {n:,} {n:_x} {n:+d} {n:c}')
print(f'{x:.2f} {x:10.3e} {x:%} {x:g} {x:+.1f} {-0.0:z.1f} {x:}')
print(f'{s:>8}|{s:<8}|{s:^8}|{s:*^9}|{s:.2}|')
width, prec = 12, 3
print(f'{x:{width}.{prec}f}|{x:>{width}}|{s:{"^"}{width}}|')
for w in range(4, 8):
    print(f'{s:>{w}}|{n:0{w}d}|')
fill, align = '.', '<'
print(f'{s:{fill}{align}{width}}|')
print(f'{1234567.891:,.2f} {0.000123:.2e} {1e16:} {1e16:.3}')
print(f'{True:d} {True:>5} {False!s:>6}')
vals = [1, 22, 333]
print(' '.join(f'{v:>5}' for v in vals))
print(f'{"x":{width - 10}}|')
print(f'{n:{"#" if n > 100 else ""}x}')
print(f'{3:.2f} {2**100:,}')
