# Decorators on methods: the wrapper receives self; combined with classmethod/staticmethod.
def logged(f):
    def wrapper(self, *args):
        print(f"{type(self).__name__}.{f.__name__}{args}")
        return f(self, *args)
    return wrapper
def require_positive(f):
    def wrapper(self, amount):
        if amount <= 0:
            raise ValueError(f"{f.__name__}: amount must be positive, got {amount}")
        return f(self, amount)
    return wrapper
class Account:
    def __init__(self):
        self.balance = 0
    @logged
    @require_positive
    def deposit(self, amount):
        self.balance += amount
        return self.balance
    @logged
    def show(self):
        return self.balance
    @classmethod
    @logged
    def weird(cls):
        return cls.__name__
a = Account()
print(a.deposit(50), a.deposit(25), a.show())
try:
    a.deposit(-5)
except ValueError as e:
    print("ValueError:", e)
print(Account.weird())
m = a.deposit
print(m(1))
