# only one target may be annotated
a, b: int = 1, 2
