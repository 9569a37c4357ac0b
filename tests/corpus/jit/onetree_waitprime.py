# A dispatch loop of many long paths: each round calls the step method of
# one of five kinds of actor, whose bodies branch on their state. The
# loop's trace covers one path and exits at most others; the exits wait
# long for their side traces, and (session 24) stop keeping the trace
# primed after a while. Output must be the interpreter's whatever the JIT
# decides.


class Actor:
    def __init__(self, ident, n):
        self.ident = ident
        self.n = n
        self.hits = 0
        self.last = -1
        self.wait = ident % 3
        self.nxt = None

    def note(self, v):
        self.last = v


class Counter(Actor):
    def step(self, world, t):
        self.n += 1
        if self.n % 7 == 0:
            self.hits += 1
            world.total += self.n
            return world.actors[(self.ident + 1) % len(world.actors)]
        if self.n % 5 == 0:
            self.note(t)
        return world.actors[(self.ident + 2) % len(world.actors)]


class Mixer(Actor):
    def step(self, world, t):
        x = (self.n * 31 + t) & 1023
        self.n = x
        if x & 1:
            world.total -= x >> 3
            if x & 2:
                self.hits += 1
                return world.actors[(self.ident + 3) % len(world.actors)]
        else:
            world.total += x >> 4
        return world.actors[(self.ident + 1) % len(world.actors)]


class Queuer(Actor):
    def step(self, world, t):
        world.pending += t & 15
        if world.pending > 90:
            world.total += world.pending
            world.pending = 0
            self.hits += 1
            self.note(t)
        return world.actors[(self.ident + 4) % len(world.actors)]


class Sleeper(Actor):
    def step(self, world, t):
        if self.n > 0:
            self.n -= 1
            return world.actors[(self.ident + 1) % len(world.actors)]
        self.n = t % 11
        self.hits += 1
        if self.hits % 41 == 0:
            world.total += 41
            self.note(t)
        world.total ^= t
        return world.actors[(self.ident + 2) % len(world.actors)]


class Stopper(Actor):
    def step(self, world, t):
        self.hits += 1
        if self.hits % 53 == 0:
            world.total += self.hits * 3
            if self.hits % 106 == 0:
                world.total -= 7
        if world.total < 0:
            world.total = -world.total
        if self.hits % 97 == 0:
            self.note(world.total % 1000)
        return world.actors[(self.ident + 3) % len(world.actors)]


class World:
    def __init__(self):
        kinds = [Counter, Mixer, Queuer, Sleeper, Stopper]
        self.actors = [kinds[i % 5](i, i) for i in range(11)]
        for i, a in enumerate(self.actors):
            a.nxt = self.actors[(i + 1) % len(self.actors)]
        self.total = 0
        self.pending = 0
        self.cur = self.actors[0]
        self.t = 0

    def run(self, rounds):
        self.t = 0
        while self.t < rounds:
            a = self.cur
            self.t += 1
            if a.wait > 0:
                a.wait -= 1
                self.cur = a.nxt
            else:
                a.wait = (a.hits + a.ident) % 4
                self.cur = a.step(self, self.t)
        return self.total


for rounds in (100, 5000, 60000, 60000, 60000, 60000):
    w = World()
    print(rounds, w.run(rounds), [a.hits for a in w.actors], [a.last for a in w.actors])

# the actors change kind mid-run: the trace's class guards fail
w = World()
w.run(20000)
w.actors[3] = Mixer(3, 9)
w.actors[7] = Counter(7, 2)
for i, a in enumerate(w.actors):
    a.nxt = w.actors[(i + 1) % len(w.actors)]
w.cur = w.actors[0]
print(w.run(20000), [type(a).__name__ for a in w.actors])
