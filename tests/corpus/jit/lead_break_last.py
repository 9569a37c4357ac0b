# An inner for loop left by `break` on its iterator's last item: the outer
# loop's trace calls the inner loop's trace, and must go on after the
# break (the code under the if), not take the loop's exhausted end.


class Task:
    def __init__(self, k):
        self.k = k

    def ready(self):
        return self.k == 5


def count_last(order, rounds):
    n = 0
    for i in range(rounds):
        for t in order:
            if t == 5:
                n += 1
                break
    return n


def sum_last_method(order, rounds):
    n = 0
    for i in range(rounds):
        for t in order:
            if t.ready():
                n += t.k
                break
    return n


def mixed_positions(rounds):
    # The break lands on the last item every third round, on an earlier
    # item otherwise, and never (the else) every fifth.
    hits = [0, 0, 0]
    for i in range(rounds):
        stop = 4 if i % 3 else 5
        if i % 5 == 0:
            stop = 9
        for t in (0, 1, 2, 3, 4, 5):
            if t == stop:
                hits[0] += t
                break
        else:
            hits[1] += 1
        hits[2] += 1
    return hits


def range_last(rounds):
    n = 0
    for i in range(rounds):
        for t in range(6):
            if t == 5:
                n += t + i % 7
                break
        n -= 1
    return n


order = list(range(6))
print(count_last(order, 30000))
print(sum_last_method([Task(k) for k in range(6)], 20000))
print(mixed_positions(30000))
print(range_last(20000))

n = 0
for i in range(20000):
    for t in order:
        if t == 5:
            n += t
            break
print(n)

n = 0
for i in range(3):
    for t in range(6):
        if t == 5:
            n += t
            break
print(n)
