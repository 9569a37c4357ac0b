# vectors: a small 2-D vector class with operator overloading, properties and
# attribute reads/writes on many instances (OOP attribute traffic).
class Vec:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y)

    def __sub__(self, o):
        return Vec(self.x - o.x, self.y - o.y)

    def scale(self, k):
        return Vec(self.x * k, self.y * k)

    def dot(self, o):
        return self.x * o.x + self.y * o.y

    @property
    def norm2(self):
        return self.x * self.x + self.y * self.y


class Particle:
    def __init__(self, i):
        self.pos = Vec(float(i % 17), float(i % 13))
        self.vel = Vec(0.5 * (i % 3), -0.25 * (i % 5))
        self.hits = 0

    def step(self, dt, center):
        d = center - self.pos
        self.vel = self.vel + d.scale(0.001 * dt)
        self.pos = self.pos + self.vel.scale(dt)
        if self.pos.norm2 > 400.0:
            self.hits += 1
            self.vel = self.vel.scale(-0.5)


ps = [Particle(i) for i in range(200)]
center = Vec(8.0, 6.0)
for t in range(2400):
    for p in ps:
        p.step(0.1, center)
e = 0.0
h = 0
for p in ps:
    e += p.vel.dot(p.vel)
    h += p.hits
print("checksum %.6f %d" % (e, h))
