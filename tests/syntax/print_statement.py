# Python 2's print statement
name = 'world'
print "hello", name
