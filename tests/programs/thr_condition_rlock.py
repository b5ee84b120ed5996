# threading: Condition on an RLock held twice: wait() releases every level and restores them
import threading

rl = threading.RLock()
c = threading.Condition(rl)
state = {"phase": 0}
seen = []


def other():
    # Can only get in while the main thread waits.
    with c:
        seen.append(("other got the lock", rl._is_owned()))
        state["phase"] = 1
        c.notify()


with c:
    with c:
        t = threading.Thread(target=other)
        t.start()
        while state["phase"] == 0:
            c.wait()
        seen.append(("main back, owns", rl._is_owned()))
    seen.append(("one level left, owns", rl._is_owned()))
seen.append(("released, owns", rl._is_owned()))
t.join()
for s in seen:
    print(*s)
# The saved state goes back exactly: two releases are needed again.
rl.acquire()
rl.acquire()
st = rl._release_save()
print(rl._is_owned())
rl._acquire_restore(st)
rl.release()
print(rl._is_owned())
rl.release()
print(rl._is_owned())
