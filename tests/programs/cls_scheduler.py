# A task scheduler: tasks ordered by priority then sequence via __lt__, run in order.
class Task:
    seq = 0
    def __init__(self, name, priority):
        Task.seq += 1
        self.name, self.priority, self.seq = name, priority, Task.seq
    def __lt__(self, other):
        return (self.priority, self.seq) < (other.priority, other.seq)
    def __repr__(self):
        return f"Task({self.name!r}, p={self.priority})"

class Scheduler:
    def __init__(self):
        self.queue = []
        self.done = []
    def add(self, name, priority=5):
        t = Task(name, priority)
        self.queue.append(t)
        self.queue.sort()
        return t
    def run(self, limit=None):
        n = 0
        while self.queue and (limit is None or n < limit):
            t = self.queue.pop(0)
            print(f"run {t.name:<8} p={t.priority:>2}")
            self.done.append(t)
            n += 1
        return n

s = Scheduler()
s.add("backup", 9); s.add("email", 2); s.add("build"); s.add("deploy", 2); s.add("lint", 5)
print(s.queue)
print(s.run(2))
s.add("urgent", 0)
print(s.run())
print([t.name for t in s.done])
print(min(s.done).name, max(s.done).name)
