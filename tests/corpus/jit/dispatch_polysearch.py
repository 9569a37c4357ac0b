# A scheduler whose search loop (`for t in tasks: if t.ready(): break`)
# meets instances of several classes: the JIT finds it polymorphic at its
# own hook and leaves it to the scheduler's recordings, which unroll it.
# Then the list changes under the scheduler's trace: an item replaced by
# one of another class, the list grown past what an unrolled recording
# takes, shrunk to one class, and a task whose ready() raises.


class Task:
    def __init__(self, ident, period):
        self.ident = ident
        self.period = period
        self.runs = 0

    def ready(self, step):
        return step % self.period == 0

    def run(self, step):
        self.runs += 1
        return self.ident


class Fast(Task):
    def run(self, step):
        self.runs += 1
        return self.ident * 2


class Slow(Task):
    def ready(self, step):
        return step % (self.period * 3) == 1


class Idle(Task):
    def ready(self, step):
        return True

    def run(self, step):
        self.runs += 1
        return step & 3


class Bad(Task):
    def ready(self, step):
        if step == self.period:
            raise ValueError("bad task at step %d" % step)
        return False


def schedule(tasks, steps, change=None):
    total = 0
    for step in range(steps):
        if change is not None:
            change(tasks, step)
        found = None
        for t in tasks:
            if t.ready(step):
                found = t
                break
        total += found.run(step)
    return total


def make():
    return [Task(1, 97), Fast(2, 89), Slow(3, 83), Task(4, 61), Idle(5, 1)]


tasks = make()
print(schedule(tasks, 30000), [t.runs for t in tasks])


def swap_class(tasks, step):
    if step == 9000:
        tasks[1] = Slow(7, 7)
    elif step == 18000:
        tasks[1] = Fast(8, 5)


tasks = make()
print(schedule(tasks, 30000, swap_class), [(type(t).__name__, t.runs) for t in tasks])


def grow(tasks, step):
    if step == 10000:
        tasks[:0] = [Task(10 + k, 1000 + k) for k in range(20)]
    elif step == 20000:
        del tasks[:21]


tasks = make()
print(schedule(tasks, 30000, grow), len(tasks), [t.runs for t in tasks])


def one_class(tasks, step):
    if step == 15000:
        tasks[:] = [Idle(k, 1) for k in range(3)]


tasks = make()
print(schedule(tasks, 30000, one_class), [t.runs for t in tasks])

tasks = make()
tasks.insert(2, Bad(9, 25000))
try:
    schedule(tasks, 30000)
except ValueError as e:
    print(type(e).__name__, e, [t.runs for t in tasks])
