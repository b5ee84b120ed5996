# ascii(), the !a conversion and %a: repr with every non-ASCII character escaped as \x, \u or \U
values = ['abc', 'é', 'ÿĀ', '日本語', '😀', 'a\tb\n', "it's", 'mixed é 日 😀 \x7f', ['é', 1, ('ü',)], {'ключ': 'значение'}, 5, 2.5, None, True]
for v in values:
    print(ascii(v), repr(v) == ascii(v))
print('{0!a}|{0!a:>12}|'.format('é'))
print('%a|%-8a|%5.3a|' % ('é', 'ü', 'ñandú'))
print(ascii('\udc80'), ascii('\ud800x'))
print(len(ascii('😀')), len(ascii('é')))
