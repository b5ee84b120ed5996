# a str literal next to a bytes literal
s = 'abc' b'def'
