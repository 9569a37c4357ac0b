# random() drawn inside traces (the Mersenne Twister's state in the heap,
# docs/jit.md "random in traces"): every number must be CPython's, across
# many twists, when the trace's draws interleave with the interpreter's
# (other functions at odd positions, exits mid-stream), for the module's
# generator and random.Random instances in one loop, and when the
# generator a loop calls changes under it.
import random


def darts(rng, n):
    inside = 0
    for _ in range(n):
        x = rng.random()
        y = rng.random()
        if x * x + y * y <= 1.0:
            inside += 1
    return inside


def walk(rng, n):
    pos = far = 0
    for _ in range(n):
        pos += 1 if rng.random() < 0.5 else -1
        if abs(pos) > far:
            far = abs(pos)
    return pos, far


random.seed(12345)
print("darts", darts(random, 4000), random.random())
print("walk", walk(random, 3001), random.random())

g = random.Random(2024)
h = random.Random(2024)
n = darts(g, 1500)
gv = g.random()
print("instance", n, gv)
print("same stream", [h.random() for _ in range(3001)][-1] == gv)

# Draws of one word (getrandbits) and host calls between the trace's own.
random.seed(5)
acc = 0
for i in range(2500):
    acc += int(random.random() * 100)
    if i % 7 == 0:
        acc += random.getrandbits(9)
    if i % 11 == 0:
        acc += random.randint(1, 6)
    if i % 13 == 0:
        acc += int(random.uniform(0, 50))
print("interleaved", acc, random.random())

# Two generators and the module's in one loop; the generator changes.
a, b = random.Random(1), random.Random(2)
rng = a
s = 0.0
for i in range(4000):
    if i == 1700:
        rng = b
    if i == 3100:
        rng = random
    s += rng.random() - random.random() + a.random()
print("switch %.12f" % s, a.random(), b.random(), random.random())

# A loop that draws in a bound function and seeds again mid-loop.
draw = random.random
random.seed(77)
t = 0.0
for i in range(2000):
    if i % 500 == 499:
        random.seed(i)
    t += draw()
print("reseed %.12f" % t)

# Shuffles in a loop.
deck = list(range(52))
random.seed(9)
tot = 0
for _ in range(400):
    random.shuffle(deck)
    tot += deck[0] * deck[51]
print("shuffle", tot, deck[:5])

# Errors: wrong arguments raise before anything is drawn.
random.seed(3)
x = 0.0
for i in range(300):
    try:
        if i == 250:
            x += random.random(1)
        else:
            x += random.random()
    except TypeError as e:
        print(type(e).__name__, e)
print("after error %.12f" % x, random.random())
print(random.random(2))
