# a key without a value
d = {'a': }
