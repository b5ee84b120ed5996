# True is a keyword
True = 0
