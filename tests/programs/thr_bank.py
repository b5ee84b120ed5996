# threading: random transfers between accounts by 6 threads, locks taken in index order (no deadlock); the total is kept
import random
import threading

N_ACC = 10
balances = [1000] * N_ACC
locks = [threading.Lock() for i in range(N_ACC)]
stats_lock = threading.Lock()
done = {"transfers": 0, "refused": 0}


def teller(seed):
    rng = random.Random(seed)
    ok = refused = 0
    for i in range(400):
        a, b = rng.randrange(N_ACC), rng.randrange(N_ACC)
        if a == b:
            continue
        amount = rng.randrange(1, 300)
        first, second = (a, b) if a < b else (b, a)
        with locks[first]:
            with locks[second]:
                if balances[a] >= amount:
                    balances[a] -= amount
                    balances[b] += amount
                    ok += 1
                else:
                    refused += 1
    with stats_lock:
        done["transfers"] += ok
        done["refused"] += refused


ts = [threading.Thread(target=teller, args=(s,)) for s in range(6)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print("total", sum(balances), "expected", 1000 * N_ACC)
print("no negative balance:", min(balances) >= 0)
print("attempts counted:", done["transfers"] + done["refused"] > 0)
