# Decorator expressions are evaluated top-down before the function; applied bottom-up.
def make(name):
    print("evaluate", name)
    def d(f):
        print("apply", name, "to", f.__name__)
        f.trail = getattr(f, "trail", []) + [name]
        return f
    return d
@make("first")
@make("second")
@make("third")
def target():
    pass
print(target.trail)
decos = {"x": make("from dict")}
@decos["x"]
def other():
    pass
class Holder:
    @staticmethod
    def d(f):
        f.held = True
        return f
@Holder.d
def held():
    pass
print(held.held, other.trail)
