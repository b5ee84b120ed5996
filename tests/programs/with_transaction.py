# A transaction context manager: commit on success, rollback on error, re-raise.
class Database:
    def __init__(self):
        self.data = {"alice": 100, "bob": 50}
    def transaction(self):
        return Transaction(self)
class Transaction:
    def __init__(self, db):
        self.db = db
    def __enter__(self):
        self.snapshot = dict(self.db.data)
        return self.db.data
    def __exit__(self, t, v, tb):
        if t is None:
            print("commit")
        else:
            self.db.data = self.snapshot
            print(f"rollback ({t.__name__}: {v})")
        return False
def transfer(db, src, dst, amount):
    with db.transaction() as d:
        d[src] -= amount
        if d[src] < 0:
            raise ValueError(f"insufficient funds in {src}")
        d[dst] += amount
db = Database()
transfer(db, "alice", "bob", 30)
print(sorted(db.data.items()))
for args in [("bob", "alice", 500), ("alice", "carol", 10)]:
    try:
        transfer(db, *args)
    except (ValueError, KeyError) as e:
        print("failed:", type(e).__name__, e)
    print(sorted(db.data.items()))
