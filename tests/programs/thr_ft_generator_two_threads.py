# free-threading safety: a generator run from two threads: while one thread is inside it, next/send/throw/close from another give "ValueError: generator already executing"; then it goes on from either thread
import threading

inside = threading.Event()
resume = threading.Event()
log = []


def gen():
    x = yield "first"
    log.append(("got", x))
    inside.set()
    resume.wait()  # the other thread tries to run us now
    y = yield "second"
    log.append(("got", y))
    try:
        yield "third"
    except KeyError as e:
        log.append(("caught", repr(e)))
    yield "fourth"


g = gen()
print(next(g))
outcomes = []


def runner():
    outcomes.append(("runner", g.send("from runner")))


def intruder():
    inside.wait()
    for name, call in (("next", lambda: next(g)), ("send", lambda: g.send(1)),
                       ("throw", lambda: g.throw(KeyError("k"))), ("close", g.close)):
        try:
            call()
            outcomes.append((name, "ran"))
        except ValueError as e:
            outcomes.append((name, "ValueError", str(e)))
    print("running while inside:", g.gi_running)
    resume.set()


t1 = threading.Thread(target=runner)
t2 = threading.Thread(target=intruder)
t1.start()
t2.start()
t1.join()
t2.join()
for o in outcomes:
    print(o)
print("running after:", g.gi_running)

# the generator goes on from other threads, one at a time
res = []
t = threading.Thread(target=lambda: res.append(g.send("from third thread")))
t.start()
t.join()
t = threading.Thread(target=lambda: res.append(g.throw(KeyError("x"))))
t.start()
t.join()
print(res)
print(log)
g.close()
print("closed", next(g, "exhausted"))

# many threads each pulling from one shared generator under a lock: every value once
lock = threading.Lock()
src = (i * i for i in range(2000))
got = []


def pull():
    while True:
        with lock:
            v = next(src, None)
        if v is None:
            return
        got.append(v)


ts = [threading.Thread(target=pull) for i in range(6)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(len(got), sorted(got) == [i * i for i in range(2000)])

# the same without the lock: a thread that finds it running gets ValueError and tries again
src = (i * 3 for i in range(3000))
got2 = []
outcomes2 = set()


def pull_nolock():
    while True:
        try:
            v = next(src)
        except StopIteration:
            outcomes2.add("StopIteration")
            return
        except ValueError as e:
            outcomes2.add(str(e))  # may happen or not: not printed
            continue
        got2.append(v)


ts = [threading.Thread(target=pull_nolock) for i in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(len(got2), sorted(got2) == [i * 3 for i in range(3000)])
print(outcomes2 <= {"StopIteration", "generator already executing"}, "StopIteration" in outcomes2)
