# Checks: the forms of string literals and adjacent literal concatenation.
print('single')
print("double")
print('it\'s')
print("say \"hi\"")
print("it's")
print('say "hi"')
print('''triple single with 'quotes' and "quotes"''')
print("""triple double
spanning
lines""")
print('adjacent' "literals" '''are''' """joined""")
print('' == "")
print(len(''), len(""), len(''''''), len(""""""))
s = """line one\
 continued"""
print(s)
print("a" 'b'
      "c")
print('tab\there')
print(repr("""a"b'c"""))
