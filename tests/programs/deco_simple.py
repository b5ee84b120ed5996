# Function decorators without arguments: wrapping, order of application, decoration time.
def shout(f):
    print("decorating", f.__name__)
    def wrapper(*args, **kwargs):
        return str(f(*args, **kwargs)).upper() + "!"
    return wrapper
@shout
def greet(name, punct="."):
    return "hello " + name + punct
print("defined")
print(greet("bob"), greet("amy", punct="?"))
print(greet.__name__)
def trace(f):
    def wrapper(*args):
        print(f"-> {f.__name__}{args}")
        r = f(*args)
        print(f"<- {f.__name__} = {r!r}")
        return r
    return wrapper
@trace
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)
fact(3)
def identity(f):
    return f
@identity
def plain():
    return "plain"
print(plain(), plain.__name__)
