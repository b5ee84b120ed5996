# str.format: automatic and manual numbering, keyword fields, brace escapes, specs on every kind of value
print('{} + {} = {}'.format(1, 2, 1 + 2))
print('{0} {1} {0}'.format('a', 'b'))
print('{2}{1}{0}'.format('x', 'y', 'z'))
print('{name} is {age} years old'.format(name='Ada', age=36))
print('{0} and {name}'.format('first', name='named'))
print('{} {x} {}'.format(1, 2, x=3))
print('{{}} {{{}}} {{{{}}}}'.format(7))
print('{{literal}}'.format(), 'no fields'.format(1, 2, k=3), ''.format())
print('{:>8}|{:<8}|{:^8}|'.format('r', 'l', 'c'))
print('{:08.3f}|{:+d}|{:x}|{:#b}|{:,}|{:.1%}'.format(3.14159, 5, 255, 5, 1234567, 0.256))
print('{0:*^10}|{0:!<4}|{1:10.4}|'.format('mid', 'truncated'))
print('{:e}|{:g}|{:}|{}'.format(12345.678, 0.00001, 1.0, 1e16))
print('{!r} {!s} {!a}'.format('é', 'é', 'é'))
print('{0!r:>10}|{0!s:>10}|'.format('q'))
print('{:>5}|{}|{!r}'.format(True, None, None))
print('{0}{1}{2}{3}{4}{5}{6}{7}{8}{9}{10}'.format(*range(11)))
print('{a}{b}'.format(**{'a': 'A', 'b': 'B'}))
args = ['x', 'y']
print('{1}-{0}'.format(*args))
print('héllo {} wörld {}'.format('日本', '😀'))
print('{:😀^9}'.format('mid'))
table = [('apple', 3, 0.5), ('banana', 12, 0.25), ('cherry', 100, 2.125)]
for name, qty, price in table:
    print('{:<10}{:>5}{:>9.2f}{:>10.2f}'.format(name, qty, price, qty * price))
fmt = '{:>6}'
print([fmt.format(i) for i in [1, 22, 333]])
print(str.format('{}-{}', 'a', 'b'))
