# d.get(k) with an int constant key inside traced loops (the trace reads
# the dict's entry in memory instead of calling a helper): the dicts then
# change under the trace: the key deleted and put back (another entry), its
# value's type changed, the dict cleared, grown past a resize, replaced by
# one of another layout, a key equal to the int but of another type (True,
# 2.0), and a dict mutated by the loop itself.


class Sched:
    def __init__(self, tasks):
        self.tasks = tasks

    def release(self, ident):
        t = self.tasks.get(ident)
        if t is not None:
            return t
        return -1

    def release_default(self, ident):
        return self.tasks.get(ident, 0)


def run(s, n, change=None):
    total = 0
    for i in range(n):
        if change is not None:
            change(s, i)
        if i & 1:
            total += s.release(4)
        else:
            total += s.release(5)
        total += s.release_default(6)
    return total


def tasks():
    return {k: k * 10 for k in range(8)}


print(run(Sched(tasks()), 20000))


def delete_and_put_back(s, i):
    if i == 7000:
        del s.tasks[4]
    elif i == 9000:
        s.tasks[4] = 44


print(run(Sched(tasks()), 20000, delete_and_put_back))


def retype(s, i):
    if i == 6000:
        s.tasks[5] = 5.5
    elif i == 8000:
        s.tasks[5] = "five"
    elif i == 8002:
        s.tasks[5] = 50


try:
    print(run(Sched(tasks()), 20000, retype))
except TypeError as e:
    print(type(e).__name__, e)


def clear_and_grow(s, i):
    if i == 5000:
        s.tasks.clear()
    elif i == 6000:
        s.tasks.update(tasks())
    elif i == 7000:
        for k in range(100, 200):
            s.tasks[k] = k


print(run(Sched(tasks()), 20000, clear_and_grow))


def other_layout(s, i):
    if i == 4000:
        s.tasks = {6: 1, 5: 2, 4: 3}
    elif i == 12000:
        s.tasks = {True: 1, 5.0: 2, 4: 3, 6: 7}


print(run(Sched(tasks()), 20000, other_layout))


# keys 1 and 2 equal True and 2.0: the dict's entries hold those
d = {True: "t", 2.0: "f", 3: "i"}
t = []
for i in range(5000):
    t.append(d.get(1))
    t.append(d.get(2))
    t.append(d.get(3))
    if i == 3000:
        d[3] = "j"
print(len(t), t[:3], t[-3:], t.count("t"), t.count("j"))


# the loop itself writes the dict between its gets
d = {1: 0, 2: 0}
for i in range(20000):
    d[1] = d.get(1) + 1
    if i % 1000 == 0:
        d[2] = d.get(2) + i
print(d)

# a value that is the dict itself and a bound at the end
s = Sched(tasks())
s.tasks[4] = s.tasks
print(type(s.release(4)).__name__, len(s.release(4)))
print(s.tasks.get(4).get(4).get(3))
s.tasks = None
print(run(s, 10))
