# f-strings: expressions, literal text, brace escapes, calls, methods, nested quotes and concatenation
name, n, pi = 'Ada', 42, 3.14159
items = [1, 2, 3]
d = {'key': 'value', 'n': 7}
print(f'hello {name}')
print(f'{n} + 1 = {n + 1}; {n * 2=}'[:20])
print(f'{{literal}} {{{n}}} }} {{')
print(f'{len(items)} items, sum {sum(items)}, last {items[-1]}, slice {items[1:]}')
print(f"{d['key']} {d['n'] * 2}")
print(f'{name.upper()}-{name.lower()!r}-{name[::-1]}')
print(f'{"nested" + " quotes"} {"a" if n > 0 else "b"}')
print(f'{n}' f'{n}' 'plain' f'{name}')
print(f'')
print(f'no fields')
print(F'{n}' + rf'\n{n}' + fr'\t')
print(f'{[x * x for x in items]} {(lambda v: v + 1)(n)} {n:d}')
print(f'{None} {True} {1.5} {2**70} {-0.0}')
print(f'{"é"}{"日本"}{"😀"}')
s = f'{n}'
print(s, type(s).__name__, len(f'{n:>10}'))
for i in range(3):
    print(f'row {i}: {"*" * (i + 1):<4}|')
