# An uncaught user exception without a message, raised as a class: the line is just the name.
class Abort(Exception):
    pass
class Fatal(Abort):
    pass

print("about to abort")
raise Fatal
