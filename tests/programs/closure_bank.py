# Checks: a bank-account simulation built from closures sharing state via nonlocal and a dict.
def open_account(owner, balance=0):
    history = []
    def deposit(amount):
        nonlocal balance
        if amount <= 0:
            raise ValueError("deposit must be positive")
        balance += amount
        history.append(("deposit", amount))
        return balance
    def withdraw(amount):
        nonlocal balance
        if amount > balance:
            raise ValueError("insufficient funds: balance " + str(balance) + ", requested " + str(amount))
        balance -= amount
        history.append(("withdraw", amount))
        return balance
    def report():
        return owner + ": " + str(balance) + " after " + str(len(history)) + " operations"
    return {"deposit": deposit, "withdraw": withdraw, "report": report, "history": history}

alice = open_account("alice", 100)
bob = open_account("bob")
alice["deposit"](50)
bob["deposit"](20)
alice["withdraw"](30)
for op, amount in [("withdraw", 500), ("deposit", -5), ("withdraw", 20)]:
    try:
        print(op, amount, "->", bob[op](amount))
    except ValueError as e:
        print(op, amount, "failed:", e)
print(alice["report"]())
print(bob["report"]())
print(alice["history"], bob["history"])
def transfer(src, dst, amount):
    src["withdraw"](amount)
    dst["deposit"](amount)
transfer(alice, bob, 70)
print(alice["report"](), "|", bob["report"]())
