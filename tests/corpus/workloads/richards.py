# richards: an operating-system task scheduler simulation (idle, worker, handler and
# device tasks exchanging packets), written from the classic benchmark's idea.
IDLE, WORKER, HANDLER_A, HANDLER_B, DEVICE_A, DEVICE_B = range(6)
KIND_DEVICE, KIND_WORK = 0, 1
BUFSIZE = 4


class Packet:
    def __init__(self, link, ident, kind):
        self.link = link
        self.ident = ident
        self.kind = kind
        self.datum = 0
        self.data = [0] * BUFSIZE

    def append_to(self, queue):
        self.link = None
        if queue is None:
            return self
        p = queue
        while p.link is not None:
            p = p.link
        p.link = self
        return queue


class TaskState:
    def __init__(self):
        self.packet_pending = True
        self.task_waiting = False
        self.task_holding = False

    def is_blocked(self):
        return self.task_holding or (self.task_waiting and not self.packet_pending)

    def is_waiting_with_packet(self):
        return self.packet_pending and self.task_waiting and not self.task_holding


class Scheduler:
    def __init__(self):
        self.tasks = [None] * 6
        self.task_list = None
        self.current = None
        self.hold_count = 0
        self.qpkt_count = 0
        self.trace = []

    def add(self, task):
        self.tasks[task.ident] = task
        task.next = self.task_list
        self.task_list = task

    def find(self, ident):
        t = self.tasks[ident]
        if t is None:
            raise LookupError(f"no task {ident}")
        return t

    def run(self):
        self.current = self.task_list
        while self.current is not None:
            t = self.current
            if t.state.is_waiting_with_packet():
                pkt = t.input
                t.input = pkt.link
                t.state.packet_pending = t.input is not None
                t.state.task_waiting = False
                self.current = t.fn(pkt)
            elif t.state.is_blocked():
                self.current = t.next
            else:
                self.current = t.fn(None)

    # operations used by task bodies
    def hold(self):
        self.hold_count += 1
        self.current.state.task_holding = True
        return self.current.next

    def release(self, ident):
        t = self.find(ident)
        t.state.task_holding = False
        if t.priority > self.current.priority:
            return t
        return self.current

    def wait(self):
        self.current.state.task_waiting = True
        return self.current

    def queue(self, pkt):
        t = self.find(pkt.ident)
        self.qpkt_count += 1
        pkt.link = None
        pkt.ident = self.current.ident
        if t.input is None:
            t.input = pkt
            t.state.packet_pending = True
            if t.priority > self.current.priority:
                return t
        else:
            t.input = pkt.append_to(t.input)
        return self.current


class Task:
    def __init__(self, sched, ident, priority, input_queue):
        self.sched = sched
        self.ident = ident
        self.priority = priority
        self.input = input_queue
        self.state = TaskState()
        self.state.packet_pending = input_queue is not None
        self.state.task_waiting = True
        self.next = None
        sched.add(self)


class IdleTask(Task):
    def __init__(self, sched, ident, priority, count):
        super().__init__(sched, ident, priority, None)
        self.state.packet_pending = True
        self.state.task_waiting = False
        self.control = 1
        self.count = count

    def fn(self, pkt):
        s = self.sched
        self.count -= 1
        if self.count == 0:
            return s.hold()
        if self.control & 1 == 0:
            self.control >>= 1
            return s.release(DEVICE_A)
        self.control = (self.control >> 1) ^ 0xD008
        return s.release(DEVICE_B)


class WorkerTask(Task):
    def __init__(self, sched, ident, priority, queue):
        super().__init__(sched, ident, priority, queue)
        self.dest = HANDLER_A
        self.count = 0

    def fn(self, pkt):
        s = self.sched
        if pkt is None:
            return s.wait()
        self.dest = HANDLER_B if self.dest == HANDLER_A else HANDLER_A
        pkt.ident = self.dest
        pkt.datum = 0
        for i in range(BUFSIZE):
            self.count += 1
            if self.count > 26:
                self.count = 1
            pkt.data[i] = ord("A") + self.count - 1
        return s.queue(pkt)


class HandlerTask(Task):
    def __init__(self, sched, ident, priority, queue):
        super().__init__(sched, ident, priority, queue)
        self.work_in = None
        self.device_in = None

    def fn(self, pkt):
        s = self.sched
        if pkt is not None:
            if pkt.kind == KIND_WORK:
                self.work_in = pkt.append_to(self.work_in)
            else:
                self.device_in = pkt.append_to(self.device_in)
        if self.work_in is not None:
            work = self.work_in
            count = work.datum
            if count < BUFSIZE:
                if self.device_in is not None:
                    dev = self.device_in
                    self.device_in = dev.link
                    dev.datum = work.data[count]
                    work.datum = count + 1
                    return s.queue(dev)
            else:
                self.work_in = work.link
                return s.queue(work)
        return s.wait()


class DeviceTask(Task):
    def __init__(self, sched, ident, priority):
        super().__init__(sched, ident, priority, None)
        self.pending = None

    def fn(self, pkt):
        s = self.sched
        if pkt is None:
            if self.pending is None:
                return s.wait()
            p = self.pending
            self.pending = None
            return s.queue(p)
        self.pending = pkt
        if len(s.trace) < 40:
            s.trace.append(chr(pkt.datum))
        return s.hold()


def run_once(count):
    s = Scheduler()
    IdleTask(s, IDLE, 0, count)
    wq = Packet(None, 0, KIND_WORK)
    wq = Packet(wq, 0, KIND_WORK)
    WorkerTask(s, WORKER, 1000, wq)
    for handler, device, prio in ((HANDLER_A, DEVICE_A, 2000), (HANDLER_B, DEVICE_B, 3000)):
        q = Packet(None, device, KIND_DEVICE)
        q = Packet(q, device, KIND_DEVICE)
        q = Packet(q, device, KIND_DEVICE)
        HandlerTask(s, handler, prio, q)
    DeviceTask(s, DEVICE_A, 4000)
    DeviceTask(s, DEVICE_B, 5000)
    s.run()
    return s.qpkt_count, s.hold_count, "".join(s.trace)


for count in (10, 100, 1000, 10000, 10000, 10000, 10000):
    print(count, *run_once(count))
try:
    Scheduler().find(3)
except LookupError as e:
    print(type(e).__name__, e)
