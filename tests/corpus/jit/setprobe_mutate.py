# A set probed by the trace while the loop changes it (add, discard,
# remove, clear, |=, growing past resizes), and the probed name rebound
# mid-loop to a dict, a frozenset, a set subclass and a list: each change
# must be seen by the next probe, and a container of another kind must
# leave the trace and give CPython's answer.


class MySet(set):
    def __contains__(self, k):
        return k % 2 == 0


def mutate():
    s = set()
    log = []
    for i in range(5000):
        if i % 7 in s:
            log.append(i % 7)
        s.add(i)
        if i % 3 == 0:
            s.discard(i - 1)
        if i % 11 == 0 and i - 2 in s:
            s.remove(i - 2)
        if i == 2500:
            s.clear()
        if i == 3000:
            s |= set(range(-50, 0))
        if -(i % 60) in s:
            log.append(-1)
    print("mutate", len(log), sum(log), len(s))


def grow():
    s = {0}
    n = 0
    for i in range(1, 40000):
        s.add(i * 7)
        if (i * 7 - 7) in s:
            n += 1
        if i * 7 + 1 in s:
            n += 1000
    print("grow", n, len(s))


def rebind():
    out = []
    c = set(range(0, 100, 2))
    for i in range(4000):
        if i == 1000:
            c = {k: None for k in range(0, 100, 3)}
        elif i == 2000:
            c = frozenset(range(0, 100, 5))
        elif i == 2500:
            c = MySet(range(0, 100, 7))
        elif i == 3000:
            c = list(range(0, 100, 11))
        elif i == 3500:
            c = set(["a", "b", 3])
        if i % 100 in c:
            out.append(i // 500)
    print("rebind", len(out), [out.count(k) for k in range(8)])


def str_mutate():
    s = set()
    words = ["w%d" % i for i in range(300)]
    n = 0
    for r in range(20):
        for w in words:
            if w in s:
                s.discard(w)
                n += 1
            else:
                s.add(w)
    print("str mutate", n, len(s))


mutate()
grow()
rebind()
str_mutate()
s = {1, 2, 3}
for i in range(3000):
    if i in s:
        s.remove(i)
    if i == 2999:
        s.remove(i)
