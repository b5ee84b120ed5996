# str.format_map: dicts, mappings with __getitem__ and __missing__, and the errors for positional fields
print('{a}-{b}'.format_map({'a': 1, 'b': 2}))
print('{a[0]}{a[1]}|{b.real:>4}'.format_map({'a': 'xy', 'b': 3}))
class Default(dict):
    def __missing__(self, key):
        return '<' + key + '>'
print('{name} likes {food}'.format_map(Default(name='Bob')))
class Upper:
    def __getitem__(self, key):
        return key.upper()
print('{hello} {world:>8}|'.format_map(Upper()))
for f in ['{}', '{0}', 'x{}y', '{a}']:
    try:
        print(repr(f.format_map({})))
    except Exception as e:
        print(type(e).__name__, e)
try:
    '{a}'.format_map(None)
except TypeError as e:
    print(e)
print('plain'.format_map(None))
try:
    '{}'.format_map()
except TypeError as e:
    print(e)
