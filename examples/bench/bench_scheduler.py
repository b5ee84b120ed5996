# Class-heavy: a priority task scheduler passing packets between tasks (in the spirit of richards).

IDLE, WORKER, HANDLER_A, HANDLER_B, DEVICE_A, DEVICE_B = range(6)
NTASKS = 6


class Packet:
    def __init__(self, link, dest, kind):
        self.link = link
        self.dest = dest
        self.kind = kind
        self.count = 0
        self.data = [0, 0, 0, 0]

    def append_to(self, queue):
        self.link = None
        if queue is None:
            return self
        p = queue
        while p.link is not None:
            p = p.link
        p.link = self
        return queue


class Task:
    def __init__(self, sched, ident, priority, queue):
        self.sched = sched
        self.ident = ident
        self.priority = priority
        self.queue = queue
        self.held = False
        self.waiting = queue is None
        self.runs = 0
        sched.tasks[ident] = self

    def runnable(self):
        return not self.held and not (self.waiting and self.queue is None)

    def take_packet(self):
        p = self.queue
        if p is not None and not self.held:
            self.queue = p.link
            self.waiting = False
            return p
        return None

    def receive(self, packet):
        # A packet arrives; the receiver runs next if it outranks the sender.
        self.queue = packet.append_to(self.queue)
        if self.waiting:
            self.waiting = False
        return self.priority > self.sched.current.priority

    def run(self, packet):
        raise NotImplementedError


class IdleTask(Task):
    def __init__(self, sched, ident, priority, count):
        Task.__init__(self, sched, ident, priority, None)
        self.waiting = False
        self.control = 1
        self.count = count

    def runnable(self):
        return not self.held

    def run(self, packet):
        self.count -= 1
        if self.count == 0:
            return self.sched.hold_self()
        if self.control & 1 == 0:
            self.control >>= 1
            return self.sched.release(DEVICE_A)
        self.control = (self.control >> 1) ^ 0xD008
        return self.sched.release(DEVICE_B)


class WorkerTask(Task):
    def __init__(self, sched, ident, priority, queue):
        Task.__init__(self, sched, ident, priority, queue)
        self.dest = HANDLER_A
        self.letter = 0

    def run(self, packet):
        if packet is None:
            return self.sched.wait()
        self.dest = HANDLER_B if self.dest == HANDLER_A else HANDLER_A
        packet.dest = self.dest
        packet.count = 0
        for i in range(4):
            self.letter = (self.letter + 1) % 26
            packet.data[i] = self.letter
        return self.sched.send(packet, self.dest)


class HandlerTask(Task):
    def __init__(self, sched, ident, priority, queue):
        Task.__init__(self, sched, ident, priority, queue)
        self.work = None
        self.device = None

    def run(self, packet):
        if packet is not None:
            if packet.kind == "work":
                self.work = packet.append_to(self.work)
            else:
                self.device = packet.append_to(self.device)
        if self.work is not None:
            work = self.work
            if work.count >= 4:
                self.work = work.link
                return self.sched.send(work, WORKER)
            if self.device is not None:
                dev = self.device
                self.device = dev.link
                dev.count = work.data[work.count]
                work.count += 1
                return self.sched.send(dev, dev.dest)
        return self.sched.wait()


class DeviceTask(Task):
    def __init__(self, sched, ident, priority):
        Task.__init__(self, sched, ident, priority, None)
        self.pending = None

    def run(self, packet):
        if packet is None:
            if self.pending is None:
                return self.sched.wait()
            p = self.pending
            self.pending = None
            return self.sched.send(p, p.dest)
        self.pending = packet
        self.sched.checksum = (self.sched.checksum * 7 + packet.count) % 1000003
        return self.sched.hold_self()


class Scheduler:
    def __init__(self):
        self.tasks = [None] * NTASKS
        self.current = None
        self.checksum = 0
        self.sends = 0
        self.holds = 0

    def send(self, packet, dest):
        self.sends += 1
        task = self.tasks[dest]
        packet.dest = self.current.ident
        if task.receive(packet):
            return task
        return self.current

    def wait(self):
        self.current.waiting = True
        return self.current

    def hold_self(self):
        self.holds += 1
        self.current.held = True
        return None

    def release(self, ident):
        task = self.tasks[ident]
        task.held = False
        if task.priority > self.current.priority:
            return task
        return self.current

    def pick(self):
        best = None
        for t in self.tasks:
            if t.runnable() and (best is None or t.priority > best.priority):
                best = t
        return best

    def run(self):
        task = self.pick()
        while task is not None:
            self.current = task
            task.runs += 1
            nxt = task.run(task.take_packet())
            if nxt is None or not nxt.runnable():
                nxt = self.pick()
            task = nxt


def setup(sched, idle_count):
    IdleTask(sched, IDLE, 0, idle_count)
    work = Packet(None, WORKER, "work")
    work = Packet(work, WORKER, "work")
    WorkerTask(sched, WORKER, 1000, work)
    for ident, dev in ((HANDLER_A, DEVICE_A), (HANDLER_B, DEVICE_B)):
        q = Packet(None, dev, "device")
        q = Packet(q, dev, "device")
        q = Packet(q, dev, "device")
        HandlerTask(sched, ident, 2000 + ident, q)
    DeviceTask(sched, DEVICE_A, 4000)
    DeviceTask(sched, DEVICE_B, 5000)


def main():
    results = []
    for rep in range(4):
        sched = Scheduler()
        setup(sched, 33000 + rep * 4000)
        sched.run()
        results.append((sched.sends, sched.holds, sched.checksum, [t.runs for t in sched.tasks]))
    for r in results:
        print(*r)


main()
