# A task scheduler in the spirit of richards: a `while True` loop whose
# body searches a list of tasks of different classes (`for t in order: if
# t.ready(): ... break`) and calls the found task's `step` method, which
# differs per class. Traced, the search loop is polymorphic (its trace
# would change class on every iteration), so the scheduler's trace
# unrolls it; then classes, methods and attributes change under it.


class Task:
    weight = 1

    def __init__(self, sched, ident):
        self.sched = sched
        self.ident = ident
        self.held = True
        self.count = 0
        self.total = 0

    def ready(self):
        return not self.held

    def step(self, acc):
        self.count += 1
        return acc + self.weight


class Idle(Task):
    def __init__(self, sched, ident):
        Task.__init__(self, sched, ident)
        self.held = False
        self.v = 1

    def step(self, acc):
        self.count += 1
        if self.v & 1 == 0:
            self.v = self.v >> 1
            self.sched.release(1)
        else:
            self.v = (self.v >> 1) ^ 0xD008
            if self.count % 3 == 0:
                self.sched.release(2)
        return acc + 1


class Worker(Task):
    def step(self, acc):
        self.count += 1
        self.total += self.weight
        self.held = True
        return (acc * 3 + self.ident) % 1000003


class Device(Task):
    def __init__(self, sched, ident):
        Task.__init__(self, sched, ident)
        self.weight = 5

    def ready(self):
        return not self.held and self.count < 1000000

    def step(self, acc):
        self.count += 1
        self.total += self.weight
        self.held = True
        return acc ^ (self.count & 255)


class Sched:
    def __init__(self):
        self.order = []
        self.tasks = {}
        self.current = None

    def add(self, task):
        self.order.append(task)
        self.tasks[task.ident] = task

    def release(self, ident):
        t = self.tasks.get(ident)
        if t is not None:
            t.held = False

    def run(self, limit, hook=None):
        acc = 0
        steps = 0
        while True:
            task = None
            for t in self.order:
                if t.ready():
                    task = t
                    break
            if task is None:
                return acc, steps
            self.current = task
            acc = task.step(acc)
            steps += 1
            if hook is not None:
                hook(self, steps)
            if steps >= limit:
                return acc, steps


def make():
    s = Sched()
    s.add(Device(s, 1))
    s.add(Worker(s, 2))
    s.add(Device(s, 3))
    s.add(Worker(s, 4))
    s.add(Idle(s, 0))
    return s


def report(s, r):
    print(r, [(type(t).__name__, t.count, t.total) for t in s.order])


# plain run: mostly the idle task, the others now and then
s = make()
report(s, s.run(30000))


# a class added mid-run: a new kind of task goes to the front
class Urgent(Task):
    def ready(self):
        return self.count < 40 and self.sched.current is not self

    def step(self, acc):
        self.count += 1
        return acc - 7


def add_urgent(s, steps):
    if steps == 12000:
        s.order.insert(0, Urgent(s, 9))
        s.tasks[9] = s.order[0]


s = make()
report(s, s.run(30000, add_urgent))


# a method replaced on the class mid-loop, then put back
def worker_step2(self, acc):
    self.count += 2
    self.held = True
    return acc + 1000


old_step = Worker.step


def swap_method(s, steps):
    if steps == 10000:
        Worker.step = worker_step2
    elif steps == 20000:
        Worker.step = old_step


s = make()
report(s, s.run(30000, swap_method))


# an instance attribute deleted mid-loop (the class attribute shows
# through), then one added back, and an attribute the idle task reads
# deleted for good: AttributeError from inside the traced method
def del_attr(s, steps):
    if steps == 9000:
        del s.order[0].weight
    elif steps == 18000:
        s.order[0].weight = 11
    elif steps == 27000:
        del s.order[-1].v


s = make()
try:
    s.run(30000, del_attr)
except AttributeError as e:
    print(type(e).__name__, e)
report(s, (s.order[-1].count,))


# the search finds nothing: the scheduler returns from inside its loop
def hold_all(s, steps):
    if steps == 15000:
        for t in s.order:
            t.held = True
        s.order[-1].step = None  # an instance attribute shadowing the method


s = make()
Idle.ready = lambda self: not self.held
report(s, s.run(30000, hold_all))
del Idle.ready
print(s.order[-1].step, s.order[-1].ready())
