# Decorators with arguments: decorator factories built from closures.
def repeat(times, sep=" "):
    def deco(f):
        def wrapper(*a, **k):
            return sep.join(str(f(*a, **k)) for _ in range(times))
        return wrapper
    return deco
@repeat(3)
def ha():
    return "ha"
@repeat(times=2, sep="|")
def sq(x):
    return x * x
print(ha(), sq(4))
def validate(**types):
    def deco(f):
        def wrapper(**kwargs):
            for k, t in types.items():
                if not isinstance(kwargs[k], t):
                    raise TypeError(f"{k} must be {t.__name__}, not {type(kwargs[k]).__name__}")
            return f(**kwargs)
        return wrapper
    return deco
@validate(name=str, age=int)
def person(name, age):
    return f"{name} ({age})"
print(person(name="ann", age=30))
try:
    person(name="bob", age="old")
except TypeError as e:
    print("TypeError:", e)
def tag(name):
    return lambda f: lambda *a: f"<{name}>{f(*a)}</{name}>"
@tag("b")
def bold(s):
    return s
print(bold("x"))
