# format() of strs: fill, alignment, width, precision (truncation), non-ASCII text and fill characters
words = ['', 'a', 'abc', 'hello world', 'héllo', '日本語', 'a😀b']
specs = ['', 's', '10', '<10', '>10', '^10', '^9', '*^11', '.2', '.0', '8.3', '>8.3s', '05', '0>6', '-<7', 'é>6', '日^7', '😀<5', '<<5', '>>5', '^^5', '=>5']
for w in words:
    print(repr(w), [format(w, s) for s in specs])
print('x'.__format__('>3'), str.__format__('ab', '*^6'), format('abc', '.10'), format('abc', '3.1'))
print(len(format('q', '1000')), format('q', '1000').strip())
# widths, precisions and field numbers may be written with any Unicode decimal digits, as in CPython
print(repr(format(5, '٣')), repr('{0[٠]}'.format('ab')), repr('{٠}'.format('q')), repr(format(1.5, '.٢f')), repr(format('x', '𝟓')), repr(format(7, '𝟘𝟝')))
