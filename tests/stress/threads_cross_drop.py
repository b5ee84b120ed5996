# threading stress: objects made by one thread and freed by another: handed over through queue.Queue, a shared list and dict, a board read in rounds; made by threads that have ended before others drop them; every item consumed once and undamaged, Items made == Items consumed, and the reference counts of shared objects come back exactly
import gc
import queue
import sys
import threading

SENT = ["sentinel"]  # every item refers to it: its count must come back exactly
BASE = sys.getrefcount(SENT)
M = 10000  # an item's checksum is k * M + i
made = [0] * 256  # made[k]: Items built by thread k (only thread k writes its slot)
problems = []  # (where, what): must stay empty


class Item:
    def __init__(self, k, i, payload):
        made[k] += 1
        self.k = k
        self.i = i
        self.payload = payload
        self.sent = SENT


def build(k, i):
    """One of six shapes, each carrying k, i and SENT; kinds 4 and 5 are cycles."""
    kind = i % 6
    if kind == 0:
        return [k, i, SENT, [i] * 3]
    if kind == 1:
        return {"k": k, "i": i, "s": SENT, "sub": {"i": i, "sq": [i * i]}}
    if kind == 2:
        return Item(k, i, (i, str(i)))
    if kind == 3:
        return (k, i, SENT, {i}, [SENT])
    if kind == 4:
        a = Item(k, i, None)
        a.payload = [a, {"me": a}]  # freed by the collector
        return a

    def f():
        return k, i, SENT, f  # the closure's cell refers to the function

    return f


def unpack(x):
    """(k, i) of an item made by build(), after checking its shape; None if damaged."""
    t = type(x)
    if t is list and len(x) == 4 and x[2] is SENT and x[3] == [x[1]] * 3:
        return x[0], x[1]
    if t is dict and x.get("s") is SENT and x["sub"]["sq"] == [x["i"] * x["i"]]:
        return x["k"], x["i"]
    if t is Item and x.sent is SENT:
        if x.payload == (x.i, str(x.i)) or (x.payload[0] is x and x.payload[1]["me"] is x):
            return x.k, x.i
    if t is tuple and len(x) == 5 and x[2] is SENT and x[3] == {x[1]} and x[4][0] is SENT:
        return x[0], x[1]
    if t is not Item and callable(x):
        k, i, s, f = x()
        if s is SENT and f is x:
            return k, i
    return None


class Tally:
    """What one consumer took: how many, the sum of their checksums, how many Items."""

    def __init__(self):
        self.n = 0
        self.sum = 0
        self.items = 0

    def take(self, where, x):
        ki = unpack(x)
        if ki is None:
            problems.append((where, "damaged item", repr(type(x))))
            return
        self.n += 1
        self.sum += ki[0] * M + ki[1]
        if type(x) is Item:
            self.items += 1


def report(name, tallies, ks, per):
    """One line: counts and checksum against what producers ks (per items each) made."""
    n = sum(t.n for t in tallies)
    s = sum(t.sum for t in tallies)
    items = sum(t.items for t in tallies)
    want_s = sum(k * M + i for k in ks for i in range(per))
    want_items = len(ks) * sum(1 for i in range(per) if i % 6 in (2, 4))
    print(name, "consumed", n, n == len(ks) * per, "checksum", s == want_s,
          "Items", items, items == want_items, "made", sum(made[k] for k in ks) == items)


def refs_back(name):
    gc.collect()
    print(name, "SENT refs back:", sys.getrefcount(SENT) - BASE == 0)


# 1. queue.Queue: 4 producers, 4 consumers; the consumer holds the last reference
P1, C1, PER1 = 4, 4, 8000
q = queue.Queue(maxsize=256)


def producer(k):
    for i in range(PER1):
        q.put(build(k, i))


def consumer(tally):
    while True:
        x = q.get()
        if x is None:
            return
        tally.take("queue", x)
        del x


tallies = [Tally() for _ in range(C1)]
cons = [threading.Thread(target=consumer, args=(t,)) for t in tallies]
prods = [threading.Thread(target=producer, args=(k,)) for k in range(P1)]
for t in cons + prods:
    t.start()
for t in prods:
    t.join()
for _ in cons:
    q.put(None)
for t in cons:
    t.join()
report("queue", tallies, range(P1), PER1)
del tallies, cons, prods, t
refs_back("queue")

# 2. a shared list and a shared dict: producers append / store; two consumers pop from the
# list, two take batches of popitem() from the dict and delete the batch
K2, P2, PER2 = 10, 4, 6000
inbox = []
mail = {}
producing = [P2]
count_lock = threading.Lock()


def box_producer(k):
    for i in range(PER2):
        if i % 2:
            mail[(k, i)] = build(k, i)
        else:
            inbox.append(build(k, i))
    with count_lock:
        producing[0] -= 1


def list_consumer(tally):
    while True:
        done = producing[0] == 0  # read before the pop: nothing is added after it
        try:
            x = inbox.pop()
        except IndexError:
            if done:
                return
            continue
        tally.take("list", x)
        del x


def dict_consumer(tally):
    while True:
        done = producing[0] == 0
        batch = []
        try:
            for _ in range(8):
                key, x = mail.popitem()
                if unpack(x) != key:
                    problems.append(("dict", "key does not match its item", key))
                batch.append(x)
        except KeyError:
            if done and not batch:
                return
        for x in batch:
            tally.take("dict", x)
        del batch[:]  # the items die here
        x = None


tallies = [Tally() for _ in range(4)]
cons = [threading.Thread(target=list_consumer if n < 2 else dict_consumer, args=(t,))
        for n, t in enumerate(tallies)]
prods = [threading.Thread(target=box_producer, args=(K2 + k,)) for k in range(P2)]
for t in cons + prods:
    t.start()
for t in prods + cons:
    t.join()
report("list+dict", tallies, range(K2, K2 + P2), PER2)
print("left", len(inbox), len(mail))
del tallies, cons, prods, t
refs_back("list+dict")

# 3. a board in rounds: thread n fills board[n]; after a barrier thread n + 1 takes it and
# drops it: the whole list, or (odd rounds) its items in place with del board[n][:]
K3, T3, ROUNDS, BATCH = 20, 6, 150, 40
board = [None] * T3
barrier = threading.Barrier(T3)
board_tallies = [Tally() for _ in range(T3)]


def board_worker(n):
    k = K3 + n
    left = (n - 1) % T3
    mine = board_tallies[n]
    for r in range(ROUNDS):
        board[n] = [build(k, r * BATCH + j) for j in range(BATCH)]
        barrier.wait()
        got = board[left]
        for x in got:
            mine.take("board", x)
        del x
        if r % 2:
            del board[left][:]  # the items die here; the empty list stays with its maker
            if got != []:
                problems.append(("board", "not emptied", left, r))
            got = None
        else:
            board[left] = None
            del got  # the list and its items die here
        barrier.wait()


workers = [threading.Thread(target=board_worker, args=(n,)) for n in range(T3)]
for t in workers:
    t.start()
for t in workers:
    t.join()
report("board", board_tallies, range(K3, K3 + T3), ROUNDS * BATCH)
print("left", board)
del workers, board_tallies, t
refs_back("board")

# 4. the maker ends first: 200 short threads, in waves of 20, each leave a list of objects
# (in a cycle with a holder) and a kept object, and end; then 3 other threads take
# references to the kept objects and drop them, and drop the lists: refcounting frees the
# holders of odd makers, the collector (running meanwhile) frees the others
K4, WAVES, WAVE, PER4 = 30, 10, 20, 30
orphans = {}
keeper = {}


def maker(k):
    objs = [build(k, i) for i in range(PER4)]
    objs.append([objs, k])  # holder <-> objs: a cycle
    orphans[k] = objs
    keeper[k] = [k, SENT]


for w in range(WAVES):
    wave = [threading.Thread(target=maker, args=(K4 + w * WAVE + j,)) for j in range(WAVE)]
    for t in wave:
        t.start()
    for t in wave:
        t.join()
del wave, t
makers = range(K4, K4 + WAVES * WAVE)
print("orphans", len(orphans), "threads left", threading.active_count())
keep_base = [sys.getrefcount(keeper[k]) for k in makers]
drop_tallies = [Tally() for _ in range(3)]
dropping = threading.Event()


def dropper(n):
    tally = drop_tallies[n]
    hold = []
    for k in makers:
        hold.append(keeper[k])
        hold.append(keeper[k])
        if k % 3 != n:
            continue
        objs = orphans.pop(k)
        holder = objs[-1]
        if len(objs) != PER4 + 1 or holder[0] is not objs or holder[1] != k:
            problems.append(("orphans", "holder damaged", k))
        for j in range(PER4):
            x = objs[j]
            tally.take("orphans", x)
        if k % 2:
            holder[0] = None  # cycle broken: refcounting frees both
        del x, objs, holder
    hold.clear()


def collector():
    while not dropping.is_set():
        gc.collect()


gc_thread = threading.Thread(target=collector)
gc_thread.start()
droppers = [threading.Thread(target=dropper, args=(n,)) for n in range(3)]
for t in droppers:
    t.start()
for t in droppers:
    t.join()
dropping.set()
gc_thread.join()
report("orphans", drop_tallies, makers, PER4)
print("left", len(orphans), "keeper refs back:",
      [sys.getrefcount(keeper[k]) for k in makers] == keep_base,
      all(keeper[k] == [k, SENT] for k in makers))
del keeper, droppers, drop_tallies, gc_thread, t
refs_back("orphans")

print("problems", len(problems), problems[:5])
print("Items made", sum(made))
