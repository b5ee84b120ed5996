# a literal inside a target tuple
(a, 1) = [1, 2]
