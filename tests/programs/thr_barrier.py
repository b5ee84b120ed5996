# threading: Barrier with an action and several rounds: indices, parties, n_waiting, the action runs once a round
import threading

N = 5
ROUNDS = 4
actions = []
lock = threading.Lock()
indices = []
rounds_seen = []


def action():
    actions.append(len(actions))


b = threading.Barrier(N, action=action)
print("parties", b.parties, "n_waiting", b.n_waiting, "broken", b.broken)
state = {"round": 0}


def work(k):
    for r in range(ROUNDS):
        i = b.wait()
        with lock:
            indices.append((r, i))
            # the action of this round ran before anyone got out
            rounds_seen.append(len(actions) > r)
        # second barrier so that every thread is in the same round
        b.wait()


ts = [threading.Thread(target=work, args=(k,)) for k in range(N)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print("actions", actions)
for r in range(ROUNDS):
    print("round", r, sorted(i for rr, i in indices if rr == r))
print(all(rounds_seen))
print("n_waiting", b.n_waiting, "broken", b.broken)

# n_waiting while threads wait
b2 = threading.Barrier(3)
w1 = threading.Thread(target=b2.wait)
w2 = threading.Thread(target=b2.wait)
w1.start()
w2.start()
while b2.n_waiting < 2:
    pass
print("n_waiting", b2.n_waiting)
print("main index", b2.wait())
w1.join()
w2.join()
print("n_waiting", b2.n_waiting)
