# gilvm-only
# gilvm: strategy() is one of STRATEGIES; stats() totals and per-thread records (named by threading); reset_stats()
import gilvm
import threading
import time

print(gilvm.strategy() in gilvm.STRATEGIES, "gil" in gilvm.STRATEGIES, "gil-legacy" in gilvm.STRATEGIES)
gilvm.reset_stats()


def work(n):
    x = 0
    for i in range(n):
        x += i
    return x


ts = [threading.Thread(target=work, args=(20000,), name="stat-worker-%d" % k) for k in range(3)]
for t in ts:
    t.start()
for t in ts:
    t.join()
s = gilvm.stats()
for key in ("acquisitions", "contended", "handoffs", "drop_requests", "forced_switches", "checks"):
    print(key, type(s[key]).__name__, s[key] >= 0)
for key in ("hold_s", "wait_s", "cpu_s", "wall_s", "elapsed_s", "cores_used"):
    print(key, type(s[key]).__name__, s[key] >= 0)
print(s["strategy"] == gilvm.strategy())
names = [r["name"] for r in s["threads"]]
print(names[0], sorted(set(n for n in names if n.startswith("stat-worker"))))
print(all(sorted(r) == sorted(set(r)) and "acquisitions" in r and "name" in r for r in s["threads"]))
print(s["acquisitions"] >= sum(r["acquisitions"] for r in s["threads"] if r["name"] == "MainThread"))

# after a reset the finished threads are forgotten (a thread that is still ending may show)
gilvm.reset_stats()
s2 = gilvm.stats()
print(s2["threads"][0]["name"], len(s2["threads"]) <= 4)
# a thread renamed while it runs shows its new name
done = threading.Event()


def rename():
    threading.current_thread().name = "renamed-worker"
    done.set()


t = threading.Thread(target=rename)
t.start()
t.join()
names = set()
for i in range(400):
    names = set(r["name"] for r in gilvm.stats()["threads"])
    if "renamed-worker" in names:
        break
    time.sleep(0.005)
print("renamed-worker" in names)
