# A bank account with properties and validation, a transaction log and custom exceptions.
class InsufficientFunds(Exception):
    def __init__(self, needed, available):
        super().__init__(f"need {needed:,}, available {available:,}")
        self.needed, self.available = needed, available
class Account:
    interest = 0.02
    def __init__(self, owner, balance=0):
        self.owner = owner
        self._balance = 0
        self.log = []
        if balance:
            self.deposit(balance)
    @property
    def balance(self):
        return self._balance
    @property
    def owner(self):
        return self._owner
    @owner.setter
    def owner(self, name):
        if not name or not name.strip():
            raise ValueError("owner must not be empty")
        self._owner = name.strip().title()
    def deposit(self, amount):
        if amount <= 0:
            raise ValueError(f"deposit must be positive: {amount}")
        self._balance += amount
        self.log.append(("dep", amount))
    def withdraw(self, amount):
        if amount > self._balance:
            raise InsufficientFunds(amount, self._balance)
        self._balance -= amount
        self.log.append(("wd", amount))
    def __str__(self):
        return f"{self.owner:<10}{self.balance:>12,}"
acc = Account("  ada lovelace ", 1_000_000)
acc.withdraw(250_000)
acc.deposit(1234)
print(acc, acc.log)
for op, amt in [(acc.withdraw, 10**7), (acc.deposit, -5)]:
    try:
        op(amt)
    except (InsufficientFunds, ValueError) as e:
        print(type(e).__name__, "-", e)
try:
    acc.balance = 10
except AttributeError as e:
    print("AttributeError:", e)
try:
    acc.owner = "   "
except ValueError as e:
    print("ValueError:", e)
print(acc.owner, f"{acc.balance * Account.interest:.2f}")
