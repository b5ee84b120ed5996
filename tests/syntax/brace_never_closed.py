# a dict left open
d = {'a': 1,
     'b': 2
