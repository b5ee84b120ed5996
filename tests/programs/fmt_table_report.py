# a small report: aligned columns, totals and percentages with format(), str.format and %
sales = [('north', 1250000, 1180000), ('south', 987654, 1002345), ('east', 45000, 39999), ('west', 2500, 0)]
header = '{:<8}{:>14}{:>14}{:>10}'.format('region', 'this year', 'last year', 'change')
print(header)
print('-' * len(header))
total_now = total_then = 0
for region, now, then in sales:
    total_now += now
    total_then += then
    if then:
        change = format((now - then) / then, '+.1%')
    else:
        change = 'n/a'
    print('{:<8}{:>14,}{:>14,}{:>10}'.format(region, now, then, change))
print('-' * len(header))
print('%-8s%14s%14s%10s' % ('total', format(total_now, ','), format(total_then, ','),
                            format((total_now - total_then) / total_then, '+.2%')))
print()
for i, (region, now, then) in enumerate(sales, 1):
    share = now / total_now
    bar = '#' * round(share * 40)
    print('%2d. %-6s %6.2f%% |%-40s|' % (i, region, share * 100, bar))
print()
print('{:=^40}'.format(' summary '))
print('{:<20}{:>20.3e}'.format('total (sci)', float(total_now)))
print('{:<20}{:>20_}'.format('total (_)', total_now))
print('{:<20}{:>#20x}'.format('total (hex)', total_now))
print('{:<20}{:>20}'.format('mean', format(total_now / len(sales), ',.2f')))
