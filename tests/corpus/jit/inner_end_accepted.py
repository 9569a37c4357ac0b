# An outer loop whose inner loops' ends are exits of the inner traces the
# outer trace calls and goes on after: those ends must not grow side
# traces that take the outer trace's place, and the program must behave
# the same when the outer loop changes shape (a float turning into an int,
# a list growing, a break), when the inner loops run on their own, and
# when the outer trace is left by an exception.


def step(bodies, pairs, n):
    for _ in range(n):
        for ((p1, v1, m1), (p2, v2, m2)) in pairs:
            d = p1[0] - p2[0]
            v1[0] -= d * m2
            v2[0] += d * m1
        for (p, v, m) in bodies:
            p[0] += v[0] * 0.01


def make(k):
    bodies = [[[float(i)], [0.5 * i], 0.001 * (i + 1)] for i in range(k)]
    pairs = [(bodies[i], bodies[j]) for i in range(k) for j in range(i + 1, k)]
    return bodies, pairs


def show(bodies):
    print(" ".join("%.9f/%.9f" % (b[0][0], b[1][0]) for b in bodies))


bodies, pairs = make(5)
step(bodies, pairs, 3000)
show(bodies)

# The inner loops alone, entered from the interpreter many times.
for _ in range(400):
    for ((p1, v1, m1), (p2, v2, m2)) in pairs:
        v1[0] -= (p1[0] - p2[0]) * 1e-6
show(bodies)

# The outer trace again, then a body whose mass is an int (the pair loop's
# float guards fail at the loop's middle, not its end).
step(bodies, pairs, 500)
bodies[3][2] = 2
step(bodies, pairs, 500)
show(bodies)

# More bodies: the inner loops run longer than recorded.
b2, p2 = make(7)
step(b2, p2, 800)
show(b2)
step(bodies, pairs, 300)
show(bodies)


# A break out of the outer loop after the inner loops' ends.
def until(bodies, pairs, limit):
    n = 0
    while True:
        for ((p1, v1, m1), (p2, v2, m2)) in pairs:
            v1[0] += (p2[0] - p1[0]) * m2 * 1e-3
        total = 0.0
        for (p, v, m) in bodies:
            p[0] += v[0] * 0.01
            total += p[0]
        n += 1
        if total > limit or n >= 5000:
            break
    return n, total


n, total = until(bodies, pairs, 340.0)
print(n, "%.9f" % total)


# An exception inside the inner loop after the outer trace is live.
def faulty(bodies, pairs, n, bad):
    for k in range(n):
        for ((p1, v1, m1), (p2, v2, m2)) in pairs:
            v1[0] -= (p1[0] - p2[0]) * m2
        for (p, v, m) in bodies:
            p[0] += v[0] * 0.001
        if k == bad:
            bodies[2][1] = None


bodies, pairs = make(5)
try:
    faulty(bodies, pairs, 2000, 1500)
except TypeError as e:
    print("TypeError:", e)
show([b for b in bodies if b[1] is not None])
