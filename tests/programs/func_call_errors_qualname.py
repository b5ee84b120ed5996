# Checks: call-error messages that name the function by its qualified name (nested functions,
# lambdas) or by module-qualified name (errors found while unpacking ** and * arguments).
def outer():
    def inner(a):
        return a
    try:
        inner()
    except TypeError as e:
        print(repr(e))
    try:
        (lambda x: x)()
    except TypeError as e:
        print(repr(e))
outer()
try:
    (lambda x, y: x)(1)
except TypeError as e:
    print(repr(e))
def f(a, b=0):
    return a
def g(*args, **kwargs):
    return args
try:
    f(1, b=2, **{"b": 3})
except TypeError as e:
    print(repr(e))
try:
    g(**{"x": 1}, **{"x": 2})
except TypeError as e:
    print(repr(e))
try:
    f(*5)
except TypeError as e:
    print(repr(e))
try:
    f(**[1])
except TypeError as e:
    print(repr(e))
