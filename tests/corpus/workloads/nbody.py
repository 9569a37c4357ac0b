# n-body: a planetary system integrated with a simple symplectic step.
PI = 3.14159265358979323
SOLAR_MASS = 4 * PI * PI
DAYS_PER_YEAR = 365.24


class Body:
    __slots__ = ("pos", "vel", "mass", "name")

    def __init__(self, name, x, y, z, vx, vy, vz, mass):
        self.name = name
        self.pos = [x, y, z]
        self.vel = [vx * DAYS_PER_YEAR, vy * DAYS_PER_YEAR, vz * DAYS_PER_YEAR]
        self.mass = mass * SOLAR_MASS

    def __repr__(self):
        return f"Body({self.name!r}, mass={self.mass:.6f})"


def make_system():
    return [
        Body("sun", 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0),
        Body("jupiter", 4.84143144246472090e+00, -1.16032004402742839e+00,
             -1.03622044471123109e-01, 1.66007664274403694e-03,
             7.69901118419740425e-03, -6.90460016972063023e-05,
             9.54791938424326609e-04),
        Body("saturn", 8.34336671824457987e+00, 4.12479856412430479e+00,
             -4.03523417114321381e-01, -2.76742510726862411e-03,
             4.99852801234917238e-03, 2.30417297573763929e-05,
             2.85885980666130812e-04),
        Body("uranus", 1.28943695621391310e+01, -1.51111514016986312e+01,
             -2.23307578892655734e-01, 2.96460137564761618e-03,
             2.37847173959480950e-03, -2.96589568540237556e-05,
             4.36624404335156298e-05),
        Body("neptune", 1.53796971148509165e+01, -2.59193146099879641e+01,
             1.79258772950371181e-01, 2.68067772490389322e-03,
             1.62824170038242295e-03, -9.51592254519715870e-05,
             5.15138902046611451e-05),
    ]


def pairs_of(bodies):
    out = []
    for i in range(len(bodies)):
        for j in range(i + 1, len(bodies)):
            out.append((bodies[i], bodies[j]))
    return out


def offset_momentum(bodies):
    px = py = pz = 0.0
    for b in bodies:
        px -= b.vel[0] * b.mass
        py -= b.vel[1] * b.mass
        pz -= b.vel[2] * b.mass
    sun = bodies[0]
    sun.vel = [px / SOLAR_MASS, py / SOLAR_MASS, pz / SOLAR_MASS]


def energy(bodies, pairs):
    e = 0.0
    for a, b in pairs:
        dx = a.pos[0] - b.pos[0]
        dy = a.pos[1] - b.pos[1]
        dz = a.pos[2] - b.pos[2]
        e -= (a.mass * b.mass) / ((dx * dx + dy * dy + dz * dz) ** 0.5)
    for b in bodies:
        vx, vy, vz = b.vel
        e += b.mass * (vx * vx + vy * vy + vz * vz) / 2.0
    return e


def advance(bodies, pairs, dt, steps):
    for _ in range(steps):
        for a, b in pairs:
            (x1, y1, z1) = a.pos
            (x2, y2, z2) = b.pos
            dx = x1 - x2
            dy = y1 - y2
            dz = z1 - z2
            d2 = dx * dx + dy * dy + dz * dz
            mag = dt * (d2 ** -1.5)
            bm = b.mass * mag
            am = a.mass * mag
            av = a.vel
            bv = b.vel
            av[0] -= dx * bm
            av[1] -= dy * bm
            av[2] -= dz * bm
            bv[0] += dx * am
            bv[1] += dy * am
            bv[2] += dz * am
        for b in bodies:
            v = b.vel
            p = b.pos
            p[0] += dt * v[0]
            p[1] += dt * v[1]
            p[2] += dt * v[2]


def main():
    bodies = make_system()
    pairs = pairs_of(bodies)
    offset_momentum(bodies)
    print(bodies[0], len(pairs))
    print("%.9f" % energy(bodies, pairs))
    for chunk in range(4):
        advance(bodies, pairs, 0.01, 5000)
        print(chunk, "%.9f" % energy(bodies, pairs))
    for b in bodies:
        print(b.name, " ".join("%.6f" % c for c in b.pos))


main()
