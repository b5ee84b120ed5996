# A decorator that counts calls, storing the count on the wrapper function object.
def counted(f):
    def wrapper(*args, **kwargs):
        wrapper.calls += 1
        return f(*args, **kwargs)
    wrapper.calls = 0
    wrapper.__name__ = f.__name__
    return wrapper
@counted
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(10), fib.calls)
fib.calls = 0
print(fib(15), fib.calls, fib.__name__)
class CallCounter:
    def __init__(self, f):
        self.f = f
        self.count = 0
    def __call__(self, *a):
        self.count += 1
        return self.f(*a)
@CallCounter
def hello(who):
    return "hi " + who
for w in ["a", "b", "c"]:
    hello(w)
print(hello("d"), hello.count, type(hello).__name__)
