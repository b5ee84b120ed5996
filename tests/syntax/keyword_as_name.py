# a keyword where a name is expected
class = 1
