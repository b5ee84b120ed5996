# threading: a three-stage pipeline (parse -> square -> collect) joined by queues, with a sentinel shut-down
import queue
import threading

raw = queue.Queue()
parsed = queue.Queue(maxsize=4)
squared = queue.Queue(maxsize=4)
STOP = object()


def parse_stage():
    while True:
        item = raw.get()
        if item is STOP:
            parsed.put(STOP)
            return
        parsed.put(int(item))


def square_stage(n_parsers):
    stops = 0
    while stops < n_parsers:
        item = parsed.get()
        if item is STOP:
            stops += 1
            continue
        squared.put(item * item)
    squared.put(STOP)


collected = []


def collect_stage():
    while True:
        item = squared.get()
        if item is STOP:
            return
        collected.append(item)


N_PARSERS = 3
stages = [threading.Thread(target=parse_stage) for i in range(N_PARSERS)]
stages.append(threading.Thread(target=square_stage, args=(N_PARSERS,)))
stages.append(threading.Thread(target=collect_stage))
for t in stages:
    t.start()
for i in range(200):
    raw.put(str(i))
for i in range(N_PARSERS):
    raw.put(STOP)
for t in stages:
    t.join()
print(len(collected), sum(collected), sum(i * i for i in range(200)))
print(sorted(collected)[:5], raw.empty(), parsed.empty(), squared.empty())
