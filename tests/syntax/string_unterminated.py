# a quote missing at the end of the line
print('hello)
print('world')
