# The random and math modules called from traced loops: a seeded generator
# must draw CPython's numbers (the VM's Mersenne Twister), whether a draw
# happens in a trace or in the interpreter, and math functions give the
# same floats and the same errors.
import math
import random
from random import random as rand

random.seed(2024)
inside = 0
for _ in range(5000):
    x = random.random()
    y = random.random()
    if x * x + y * y <= 1.0:
        inside += 1
print("darts", inside)

rng = random
acc = 0.0
for i in range(3000):
    acc += rng.uniform(-1, 2) + rng.gauss(0.0, 1.0) * 0.001
print("uniform+gauss %.10f" % acc)

counts = [0] * 6
for i in range(3000):
    counts[random.randint(1, 6) - 1] += 1
print("dice", counts)

t = 0
for i in range(3000):
    t += random.randrange(1000) + int(rand() * 10)
print("randrange", t)
print("next", random.random())

random.seed(7)
a = [random.random() for _ in range(5)]
random.seed(7)
b = []
for i in range(5):
    b.append(random.random())
print("same", a == b)

s = 0.0
for i in range(1, 3000):
    x = i / 300.0
    s += math.sin(x) * math.cos(x) + math.exp(-x) + math.log(x) + math.atan2(x, 1.5) + math.hypot(x, 2.0)
print("math %.12f" % s)

try:
    v = 0.0
    for i in range(3000):
        v += math.log(2000.5 - i)
except ValueError as e:
    print(type(e).__name__, e, i)

try:
    for i in range(3000):
        random.randint(5, 2000 - i)
except ValueError as e:
    print(type(e).__name__, e, i)
print("after error", random.random())
