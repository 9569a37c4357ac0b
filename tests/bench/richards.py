# richards: a small task scheduler in the spirit of Martin Richards' benchmark;
# OOP with attribute traffic, method calls, polymorphism and linked queues.

class Packet:
    def __init__(self, link, ident, kind):
        self.link = link
        self.ident = ident
        self.kind = kind
        self.datum = 0
        self.data = [0] * 4

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
        self.count = 0
        self.next = None

    def runnable(self):
        return not self.held and (self.queue is not None or not self.waiting)

    def take(self):
        p = self.queue
        self.queue = p.link
        if self.queue is None:
            self.waiting = True
        return p

    def deliver(self, packet):
        if self.queue is None:
            self.queue = packet
            packet.link = None
        else:
            packet.append_to(self.queue)
        self.waiting = False


class IdleTask(Task):
    def __init__(self, sched, ident, priority, count):
        Task.__init__(self, sched, ident, priority, None)
        self.waiting = False
        self.v1 = 1
        self.left = count

    def run(self, packet):
        self.left -= 1
        if self.left == 0:
            return self.sched.hold_self(self)
        if self.v1 & 1 == 0:
            self.v1 = self.v1 >> 1
            return self.sched.release(4)
        self.v1 = (self.v1 >> 1) ^ 0xD008
        return self.sched.release(5)


class WorkTask(Task):
    def __init__(self, sched, ident, priority, queue):
        Task.__init__(self, sched, ident, priority, queue)
        self.dest = 2
        self.letter = 0

    def run(self, packet):
        if packet is None:
            return self.sched.wait_self(self)
        self.dest = 3 if self.dest == 2 else 2
        packet.ident = self.dest
        packet.datum = 0
        for i in range(4):
            self.letter = (self.letter + 1) % 26
            packet.data[i] = self.letter
        return self.sched.queue_packet(packet)


class HandlerTask(Task):
    def __init__(self, sched, ident, priority, queue):
        Task.__init__(self, sched, ident, priority, queue)
        self.work = None
        self.device = None

    def run(self, packet):
        if packet is not None:
            if packet.kind == 1:
                self.work = packet.append_to(self.work)
            else:
                self.device = packet.append_to(self.device)
        if self.work is not None:
            w = self.work
            i = w.datum
            if i < 4:
                if self.device is not None:
                    d = self.device
                    self.device = d.link
                    d.datum = w.data[i]
                    w.datum = i + 1
                    return self.sched.queue_packet(d)
            else:
                self.work = w.link
                return self.sched.queue_packet(w)
        return self.sched.wait_self(self)


class DeviceTask(Task):
    def __init__(self, sched, ident, priority):
        Task.__init__(self, sched, ident, priority, None)
        self.pending = None

    def run(self, packet):
        if packet is None:
            if self.pending is None:
                return self.sched.wait_self(self)
            p = self.pending
            self.pending = None
            return self.sched.queue_packet(p)
        self.pending = packet
        self.sched.out += packet.datum
        return self.sched.hold_self(self)


class Scheduler:
    def __init__(self):
        self.tasks = {}
        self.order = []
        self.current = None
        self.queue_count = 0
        self.hold_count = 0
        self.out = 0

    def add(self, task):
        self.tasks[task.ident] = task
        self.order.append(task)
        self.order.sort(key=lambda t: -t.priority)

    def hold_self(self, task):
        self.hold_count += 1
        task.held = True
        return None

    def wait_self(self, task):
        task.waiting = True
        return None

    def release(self, ident):
        t = self.tasks.get(ident)
        if t is not None:
            t.held = False
        return None

    def queue_packet(self, packet):
        t = self.tasks.get(packet.ident)
        if t is None:
            return None
        self.queue_count += 1
        packet.link = None
        packet.ident = self.current.ident
        t.deliver(packet)
        return None

    def schedule(self):
        steps = 0
        while True:
            task = None
            for t in self.order:
                if t.runnable():
                    task = t
                    break
            if task is None:
                return steps
            self.current = task
            packet = None
            if task.queue is not None and not task.waiting:
                packet = task.take()
            elif task.queue is not None:
                packet = task.take()
            task.count += 1
            task.run(packet)
            steps += 1


def run_once(count):
    s = Scheduler()
    s.add(IdleTask(s, 1, 0, count))
    wq = Packet(None, 0, 1)
    wq = Packet(wq, 0, 1)
    s.add(WorkTask(s, 2, 1000, wq))
    hq = Packet(None, 4, 2)
    hq = Packet(hq, 4, 2)
    hq = Packet(hq, 4, 2)
    s.add(HandlerTask(s, 3, 2000, hq))
    dq = Packet(None, 5, 2)
    dq = Packet(dq, 5, 2)
    dq = Packet(dq, 5, 2)
    s.add(HandlerTask(s, 6, 3000, dq))
    s.add(DeviceTask(s, 4, 4000))
    s.add(DeviceTask(s, 5, 5000))
    steps = s.schedule()
    return steps, s.queue_count, s.hold_count, s.out


total = 0
for i in range(10):
    steps, qc, hc, out = run_once(70000 + i)
    total += steps * 3 + qc * 5 + hc * 7 + out
print("checksum", total)
