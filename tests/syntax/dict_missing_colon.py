# a key without ':' after the first pair
d = {'a': 1, 'b'}
