# For loops over short lists of objects of several classes, in functions
# called a few times per iteration of a range loop one or more frames up
# (the shape of workloads/raytrace's Scene.nearest): their runs are as long
# as the list, and their traces are entered from the interpreter at every
# call. Also a list that grows while it is iterated, one that is replaced
# between calls, an empty one, and one long list of one class.


class Disc:
    def __init__(self, c, r):
        self.c = c
        self.r = r

    def hit(self, x):
        d = x - self.c
        if d * d > self.r * self.r:
            return None
        return abs(d) + 0.5


class Wall:
    def __init__(self, at):
        self.at = at

    def hit(self, x):
        return self.at - x if x < self.at else None


class World:
    def __init__(self, objs):
        self.objs = objs

    def nearest(self, x):
        best_t, best = None, None
        for ob in self.objs:
            t = ob.hit(x)
            if t is not None and (best_t is None or t < best_t):
                best_t, best = t, ob
        return best_t, best

    def shade(self, x, depth):
        t, ob = self.nearest(x)
        if ob is None:
            return 0
        s = 1
        for dx in (0.25, -0.25):
            t2, ob2 = self.nearest(x + dx)
            if ob2 is ob:
                s += 1
        if depth < 2:
            s += self.shade(x + t * 0.5, depth + 1)
        return s


def render(w, n):
    total = 0
    for i in range(n):
        total += w.shade((i % 97) * 0.125 - 2.0, 0)
    return total


w = World([Disc(0.0, 1.0), Disc(2.0, 0.5), Disc(-3.0, 1.5), Wall(9.0)])
print("render", render(w, 3000))


def count_hits(objs, x):
    n = 0
    for ob in objs:
        if ob.hit(x) is not None:
            n += 1
    return n


def sweep(objs, n):
    total = 0
    for k in range(n):
        total += count_hits(objs, (k % 23) * 0.5 - 5) + count_hits(objs, k % 11)
    return total


print("sweep", sweep([Disc(1.0, 2.0), Wall(4.0), Disc(-2.0, 1.0)], 8000))
print("empty", sweep([], 3000))
print("long", sweep([Disc(float(i), 0.75) for i in range(-40, 40)], 600))
print("one class", sweep([Wall(float(i)) for i in range(5)], 5000))


def grow(objs, x):
    n = 0
    for ob in objs:
        n += 1
        if len(objs) < 6 and ob.hit(x) is not None:
            objs.append(Wall(x + 1))
    return n


def grows(n):
    total = 0
    for k in range(n):
        objs = [Disc(0.0, 3.0), Wall(2.0)]
        total += grow(objs, k % 5 - 2) * 10 + len(objs)
    return total


print("grows", grows(6000))

lists = [[Disc(0.0, 1.0), Wall(3.0)], [Wall(1.0), Wall(2.0), Disc(5.0, 2.0)], [Disc(1.0, 1.0)]]


def swapped(n):
    total = 0
    for k in range(n):
        total += count_hits(lists[k % 3], k % 7 - 1)
    return total


print("swapped", swapped(9000))
