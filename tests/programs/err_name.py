# Checks: uncaught NameError for an undefined name inside a function.
def greet():
    return "hello, " + nmae

print("before")
greet()
