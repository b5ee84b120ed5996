# None is a keyword
None = 1
