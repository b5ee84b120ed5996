# Checks: raw string literals keep backslashes; R prefix; raw triple-quoted.
print(r'\n')
print(len(r'\n'), len('\n'))
print(R"\d+\s*")
print(r'C:\new\table')
print(repr(r'\x41'))
print(r'''raw \t
triple''')
print(r'\'')
print(len(r'\''))
print(r"a\"b")
print(r'\\' == '\\\\')
print(r'\u00e9', len(r'\u00e9'))
