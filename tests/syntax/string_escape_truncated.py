# a \x escape needs two hex digits
s = "\x4"
