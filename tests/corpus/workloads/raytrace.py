# raytrace: spheres and a plane, diffuse + specular + reflections, rendered small; pixel checksum.
import math

EPS = 1e-6


class V3:
    __slots__ = ("x", "y", "z")

    def __init__(self, x, y, z):
        self.x, self.y, self.z = x, y, z

    def __add__(self, o):
        return V3(self.x + o.x, self.y + o.y, self.z + o.z)

    def __sub__(self, o):
        return V3(self.x - o.x, self.y - o.y, self.z - o.z)

    def scale(self, k):
        return V3(self.x * k, self.y * k, self.z * k)

    def dot(self, o):
        return self.x * o.x + self.y * o.y + self.z * o.z

    def mul(self, o):
        return V3(self.x * o.x, self.y * o.y, self.z * o.z)

    def length(self):
        return math.sqrt(self.dot(self))

    def norm(self):
        l = self.length()
        if l == 0:
            raise ZeroDivisionError("cannot normalise the zero vector")
        return self.scale(1.0 / l)

    def reflect(self, n):
        return self - n.scale(2 * self.dot(n))

    def __repr__(self):
        return f"V3({self.x:.3f}, {self.y:.3f}, {self.z:.3f})"


class Ray:
    def __init__(self, origin, direction):
        self.o = origin
        self.d = direction.norm()

    def at(self, t):
        return self.o + self.d.scale(t)


class Material:
    def __init__(self, color, diffuse=0.8, specular=0.3, shine=30, reflect=0.0, checker=False):
        self.color = color
        self.diffuse = diffuse
        self.specular = specular
        self.shine = shine
        self.reflect = reflect
        self.checker = checker

    def color_at(self, p):
        if self.checker and (math.floor(p.x) + math.floor(p.z)) % 2:
            return V3(0.1, 0.1, 0.1)
        return self.color


class Sphere:
    def __init__(self, center, radius, material):
        self.c = center
        self.r = radius
        self.m = material

    def intersect(self, ray):
        oc = ray.o - self.c
        b = oc.dot(ray.d)
        cc = oc.dot(oc) - self.r * self.r
        disc = b * b - cc
        if disc < 0:
            return None
        s = math.sqrt(disc)
        for t in (-b - s, -b + s):
            if t > EPS:
                return t
        return None

    def normal(self, p):
        return (p - self.c).norm()


class Plane:
    def __init__(self, point, normal, material):
        self.p = point
        self.n = normal.norm()
        self.m = material

    def intersect(self, ray):
        denom = ray.d.dot(self.n)
        if abs(denom) < EPS:
            return None
        t = (self.p - ray.o).dot(self.n) / denom
        return t if t > EPS else None

    def normal(self, p):
        return self.n


class Scene:
    def __init__(self):
        self.objects = [
            Sphere(V3(0, 1, 5), 1, Material(V3(1, 0.2, 0.2), reflect=0.3)),
            Sphere(V3(-2, 0.7, 6), 0.7, Material(V3(0.2, 1, 0.2), specular=0.6)),
            Sphere(V3(2, 1.2, 7), 1.2, Material(V3(0.2, 0.3, 1), reflect=0.5)),
            Plane(V3(0, 0, 0), V3(0, 1, 0), Material(V3(0.9, 0.9, 0.9), checker=True, reflect=0.2)),
        ]
        self.lights = [(V3(-5, 8, -2), 0.8), (V3(5, 5, 0), 0.4)]
        self.ambient = 0.1

    def nearest(self, ray):
        best_t, best = None, None
        for obj in self.objects:
            t = obj.intersect(ray)
            if t is not None and (best_t is None or t < best_t):
                best_t, best = t, obj
        return best_t, best

    def trace(self, ray, depth=0):
        t, obj = self.nearest(ray)
        if obj is None:
            k = 0.5 * (ray.d.y + 1)
            return V3(0.6, 0.7, 1.0).scale(k) + V3(1, 1, 1).scale(1 - k)
        p = ray.at(t)
        n = obj.normal(p)
        m = obj.m
        base = m.color_at(p)
        col = base.scale(self.ambient)
        for lpos, power in self.lights:
            to_l = lpos - p
            dist = to_l.length()
            ldir = to_l.scale(1 / dist)
            st, sobj = self.nearest(Ray(p + n.scale(1e-4), ldir))
            if sobj is not None and st < dist:
                continue
            lam = max(0.0, n.dot(ldir))
            col = col + base.scale(m.diffuse * lam * power)
            h = (ldir - ray.d).norm()
            spec = max(0.0, n.dot(h)) ** m.shine
            col = col + V3(1, 1, 1).scale(m.specular * spec * power)
        if m.reflect > 0 and depth < 3:
            r = Ray(p + n.scale(1e-4), ray.d.reflect(n))
            col = col.scale(1 - m.reflect) + self.trace(r, depth + 1).scale(m.reflect)
        return col


def render(width, height):
    scene = Scene()
    eye = V3(0, 1.5, -2)
    rows = []
    for j in range(height):
        row = []
        for i in range(width):
            x = (i + 0.5) / width * 2 - 1
            y = 1 - (j + 0.5) / height * 2
            ray = Ray(eye, V3(x * width / height, y, 1.5))
            c = scene.trace(ray)
            row.append(tuple(min(255, int(255 * v)) for v in (c.x, c.y, c.z)))
        rows.append(row)
    return rows


img = render(48, 32)
total = 0
for j, row in enumerate(img):
    for i, (r, g, b) in enumerate(row):
        total = (total * 31 + r * 65536 + g * 256 + b + i + j) % 1000000007
print("checksum", total)
print(img[0][0], img[16][24], img[31][47])
shades = " .:-=+*#%@"
for row in img[::3]:
    print("".join(shades[(r + g + b) * 9 // 765] for r, g, b in row[::2]))
try:
    V3(0, 0, 0).norm()
except ZeroDivisionError as e:
    print(type(e).__name__, e)
print(V3(1, 2, 3).reflect(V3(0, 1, 0)))
