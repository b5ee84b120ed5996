# __format__ protocol: user classes with __format__, the default object.__format__, bad results, direct calls
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __format__(self, spec):
        text = '%d.%02d' % (self.cents // 100, self.cents % 100)
        if spec == '':
            return text
        if spec == 'usd':
            return '$' + text
        return format(text, spec)
m = Money(12345)
print(format(m), format(m, 'usd'), format(m, '>12'), '{:usd} {:*^12}'.format(m, m))
print('[{}] [{:}] [{!s}]'.format(m, m, Money(5).cents))
class Plain:
    def __str__(self):
        return 'plain!'
    def __repr__(self):
        return 'Plain()'
p = Plain()
print(format(p), format(p, ''), '{}|{!r}|{!s}'.format(p, p, p), '%s %r' % (p, p))
for spec in ['x', '>10', 's']:
    try:
        print(format(p, spec))
    except TypeError as e:
        print('TypeError', e)
class Bad:
    def __format__(self, spec):
        return 42
for f in [lambda: format(Bad()), lambda: '{}'.format(Bad()), lambda: format(Bad(), 'x')]:
    try:
        print(f())
    except TypeError as e:
        print('TypeError', e)
class Loud:
    def __format__(self, spec):
        raise ValueError('no formatting: ' + spec)
try:
    '{:abc}'.format(Loud())
except ValueError as e:
    print('ValueError', e)
print(format(None), format([1, 'a']), format((1,)), format({'k': 1}), format(range(3)))
print(object.__format__(7, ''), object.__format__('s', ''))
for bad in [lambda: object.__format__(7, 'x'), lambda: object.__format__(7, 5), lambda: format(None, '5')]:
    try:
        print(bad())
    except TypeError as e:
        print('TypeError', e)
print((42).__format__('>5'), (2.5).__format__('08.3f'), 'ab'.__format__('^6'), True.__format__('>5'))
print(int.__format__(7, 'b'), float.__format__(0.5, '%'), str.__format__('x', '3'))
class Child(Money):
    pass
print(format(Child(99), 'usd'))
