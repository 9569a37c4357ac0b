# chaos: an iterated function system (Sierpinski-like) drawn into a small grey image,
# summarised by a PPM header and a checksum of the pixel bytes.
import random


class Vec:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y)

    def __mul__(self, k):
        return Vec(self.x * k, self.y * k)

    __rmul__ = __mul__

    def __repr__(self):
        return "Vec(%.4f, %.4f)" % (self.x, self.y)


class Affine:
    def __init__(self, a, b, c, d, e, f, weight):
        self.m = (a, b, c, d, e, f)
        self.weight = weight

    def __call__(self, p):
        a, b, c, d, e, f = self.m
        return Vec(a * p.x + b * p.y + e, c * p.x + d * p.y + f)


class Chaos:
    def __init__(self, maps, width, height):
        self.maps = maps
        total = sum(m.weight for m in maps)
        acc = 0.0
        self.cumulative = []
        for m in maps:
            acc += m.weight / total
            self.cumulative.append(acc)
        self.width = width
        self.height = height
        self.grid = [[0] * width for _ in range(height)]

    def pick(self, rng):
        r = rng.random()
        for m, c in zip(self.maps, self.cumulative):
            if r <= c:
                return m
        return self.maps[-1]

    def run(self, rng, steps):
        p = Vec(rng.random(), rng.random())
        for i in range(steps):
            p = self.pick(rng)(p)
            if i < 20:
                continue
            col = int(p.x * (self.width - 1))
            row = int((1.0 - p.y) * (self.height - 1))
            if 0 <= col < self.width and 0 <= row < self.height:
                self.grid[row][col] += 1
        return p

    def ppm(self):
        peak = max(max(r) for r in self.grid) or 1
        header = "P5\n%d %d\n255\n" % (self.width, self.height)
        data = bytearray()
        for row in self.grid:
            for v in row:
                data.append(255 - (v * 255) // peak)
        return header.encode("ascii") + bytes(data)


def checksum(buf):
    a, b = 1, 0
    for byte in buf:
        a = (a + byte) % 65521
        b = (b + a) % 65521
    return (b << 16) | a


maps = [
    Affine(0.5, 0.0, 0.0, 0.5, 0.0, 0.0, 1.0),
    Affine(0.5, 0.0, 0.0, 0.5, 0.5, 0.0, 1.0),
    Affine(0.5, 0.0, 0.0, 0.5, 0.25, 0.5, 1.0),
    Affine(0.1, -0.2, 0.2, 0.1, 0.45, 0.3, 0.25),
]
rng = random.Random(1234)
c = Chaos(maps, 64, 48)
last = c.run(rng, 60000)
print(last)
img = c.ppm()
print(img[:13])
print(len(img), hex(checksum(img)))
for row in c.grid[::6]:
    print("".join(" .:-=+*#%@"[min(9, v // 8)] for v in row[::2]))
print(2 * Vec(1, 2) + Vec(0.5, 0.25))
