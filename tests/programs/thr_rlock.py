# threading: RLock re-entry, ownership, release errors, and blocking other threads until fully released
import threading

r = threading.RLock()
print(r.acquire(), r.acquire(), r.acquire(blocking=False))
print(r._is_owned())
r.release()
r.release()
r.release()
print(r._is_owned())
try:
    r.release()
except RuntimeError as e:
    print("RuntimeError:", e)

with r:
    with r:
        print("nested with ok")

# Another thread cannot take it while we hold it (even after one release).
r.acquire()
r.acquire()
results = []


def try_take():
    got = [r.acquire(blocking=False), r.acquire(timeout=0.01)]
    results.append(got)
    for g in got:
        if g:
            r.release()


t = threading.Thread(target=try_take)
t.start()
t.join()
r.release()
t = threading.Thread(target=try_take)
t.start()
t.join()
r.release()
t = threading.Thread(target=try_take)
t.start()
t.join()
print(results)

# Released by its owner only.
done = threading.Event()
errors = []


def not_owner():
    try:
        r.release()
    except RuntimeError as e:
        errors.append(str(e))


r.acquire()
t = threading.Thread(target=not_owner)
t.start()
t.join()
r.release()
print(errors)


def recurse(n):
    with r:
        return 0 if n == 0 else 1 + recurse(n - 1)


print(recurse(50))
print(r._is_owned())
