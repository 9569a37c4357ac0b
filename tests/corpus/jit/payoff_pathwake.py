# An inner loop that leaves by a break at a different item each time, in
# an outer range loop too short for its trace to pay: the inner loop's
# recordings become paths reaching the outer header, which stays
# interpreted (not woken by them). Then the same shape long enough to pay,
# and one whose items change type part-way.


class Job:
    def __init__(self, p):
        self.p = p
        self.done = 0

    def ready(self):
        return self.p > 2

    def run(self):
        self.done += 1
        return self.done


def schedule(jobs, n):
    found = 0
    for k in range(n):
        for jb in jobs:
            if jb.ready():
                found += jb.run()
                break
        jb = jobs[k % len(jobs)]
        jb.p = (jb.p + 1) % 5
    return found


def first_over(rows, limit):
    hits = []
    for row in rows:
        for i, v in enumerate(row):
            if v > limit:
                hits.append(i)
                break
        else:
            hits.append(-1)
    return hits


jobs = [Job(k % 5) for k in range(8)]
print(schedule(jobs, 3000), [jb.done for jb in jobs])
jobs = [Job(k % 5) for k in range(7)]
print(schedule(jobs, 40000), [jb.done for jb in jobs])

rows = [[(r * 7 + c * 13) % 50 for c in range(12)] for r in range(3000)]
h = first_over(rows, 40)
print(len(h), sum(h), h.count(-1), h[:12])
rows[2500][3] = 99.5
rows[2600] = [1.5] * 12
h = first_over(rows, 45)
print(len(h), sum(h), h.count(-1), h[2495:2505], h[2600])
