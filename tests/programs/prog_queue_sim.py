# Checks: a deterministic bank-queue simulation driven by a linear congruential generator (no imports).
seed = 12345
def rand(n):
    global seed
    seed = (seed * 1103515245 + 12345) % (2 ** 31)
    return seed % n
queue = []
served = []
waits = []
clock = 0
teller_free_at = 0
for tick in range(60):
    if rand(10) < 4:
        queue.append((tick, 1 + rand(4)))
    if queue and tick >= teller_free_at:
        arrived, duration = queue.pop(0)
        waits.append(tick - arrived)
        teller_free_at = tick + duration
        served.append(arrived)
print("served", len(served), "waiting", len(queue))
print("waits", waits)
print("max wait", max(waits, default=0), "avg wait", round(sum(waits) / len(waits), 3))
hist = {}
for w in waits:
    hist[w] = hist.get(w, 0) + 1
for w in sorted(hist):
    print(str(w).rjust(3), "#" * hist[w])
