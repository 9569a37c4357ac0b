# Exceptions raised in methods that a scheduler's trace inlines, through
# a search loop over tasks of different classes that the trace unrolls:
# caught ones print their message and the state after them, and the last
# one leaves the program with its traceback (the method two calls deep).


class Task:
    def __init__(self, ident, period):
        self.ident = ident
        self.period = period
        self.count = 0

    def ready(self, step):
        return step % self.period == 0

    def run(self, step):
        self.count += 1
        return self.check(step)

    def check(self, step):
        return step


class Divider(Task):
    def check(self, step):
        return 1000 // (step % 997)


class Indexer(Task):
    def __init__(self, ident, period):
        Task.__init__(self, ident, period)
        self.table = [1, 2, 3, 4]
        self.div = 5

    def check(self, step):
        return self.table[step // self.div]


class Keyed(Task):
    def check(self, step):
        return {"a": 1, "b": 2}["abc"[step % 4 % 3]] if step % 4 != 3 else self.missing


class Idle(Task):
    def ready(self, step):
        return True

    def check(self, step):
        return step & 7


def schedule(order, start, limit):
    total = 0
    step = start
    while step < limit:
        task = None
        for t in order:
            if t.ready(step):
                task = t
                break
        total += task.run(step)
        step += 1
    return total


def attempt(order, start, limit):
    try:
        return schedule(order, start, limit)
    except (ZeroDivisionError, IndexError, KeyError, AttributeError) as e:
        return type(e).__name__ + ": " + str(e)


order = [Divider(1, 1000001), Indexer(2, 1000003), Keyed(3, 1000033), Idle(4, 1)]
print(attempt(order, 1, 20000))
# ZeroDivisionError at step 997 * k once the Divider is ready every step
order[0].period = 1
print(attempt(order, 1, 20000), order[0].count)
order[0].period = 1000001
order[1].period = 7
print(attempt(order, 1, 20000), order[1].count)
order[1].period = 1000003
order[2].period = 5
print(attempt(order, 1, 20000), order[2].count)
print(attempt(order, 6, 20000), order[2].count)
print([t.count for t in order])

# the uncaught one: IndexError from Indexer.check, called by Task.run,
# inlined into the scheduler's trace, after 30000 steps
order[2].period = 1000033
order[1].period = 3
order[1].div = 6000
order[1].table = [1, 2, 3, 4, 5]
print(schedule(order, 1, 40000))
