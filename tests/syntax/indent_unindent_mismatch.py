# a dedent to a column no enclosing block uses
def f():
    if True:
        return 1
      return 2
