# printf-style with a mapping: %(name)s keys, nested parentheses in keys, mixing keys with flags and widths
d = {'name': 'Ada', 'age': 36, 'pi': 3.14159, 'n': -42, '(x)': 'paren', 'k': 'v'}
print('%(name)s is %(age)d' % d)
print('%(name)-6s|%(age)05d|%(pi).2f|%(n)+x|' % d)
print('%(name)r %(name)a %(age)o' % d)
print('%((x))s' % d)
print('%(k)s%(k)s%(k)s' % d)
print('%s' % d)
print('%(name)s %%' % d)
rows = [{'item': 'tea', 'qty': 2, 'price': 1.5}, {'item': 'cake', 'qty': 1, 'price': 3.25}]
for r in rows:
    print('%(item)-8s x%(qty)2d  %(price)6.2f' % r)
class Lookup:
    def __getitem__(self, key):
        return len(key)
print('%(abc)d %(hello)03d' % Lookup())
print('no keys' % d)
