# a starred expression as a value
x = *a
