# Decorators keeping per-function state with nonlocal; rate limiting and call history.
def limit(n):
    def deco(f):
        left = n
        def wrapper(*args):
            nonlocal left
            if left == 0:
                raise RuntimeError(f"{f.__name__} called more than {n} times")
            left -= 1
            return f(*args)
        def remaining():
            return left
        wrapper.remaining = remaining
        return wrapper
    return deco
@limit(2)
def ping():
    return "pong"
print(ping(), ping.remaining(), ping(), ping.remaining())
try:
    ping()
except RuntimeError as e:
    print("RuntimeError:", e)
def history(f):
    calls = []
    def wrapper(*args, **kw):
        r = f(*args, **kw)
        calls.append((args, tuple(sorted(kw.items())), r))
        return r
    wrapper.calls = calls
    return wrapper
@history
def area(w, h=1):
    return w * h
area(3); area(2, h=5); area(w=4, h=4)
for c in area.calls:
    print(c)
@limit(1)
@history
def once(x):
    return x + 1
print(once(1), once.remaining())
