# Generators whose values are allocated inside the consumer's trace:
# tuples unpacked by the loop, instances of a plain class, lists, and
# objects kept alive by the consumer across collections.


class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y


def pts(n):
    for i in range(n):
        yield (i, i * 2)


def objs(n):
    i = 0
    while i < n:
        yield P(i, -i)
        i += 1


def lists(n):
    for i in range(n):
        yield [i, i + 1, i + 2]


t = 0
for a, b in pts(60000):
    t += a * b % 7
print("tuples", t)
t = 0
for p in objs(60000):
    t += p.x - p.y
print("objects", t)
t = 0
for l in lists(40000):
    t += l[0] + l[2]
print("lists", t)
keep = []
for p in objs(30000):
    keep.append(p)
print("kept", len(keep), keep[-1].x, sum(q.y for q in keep[:100]))
