# montecarlo: Monte Carlo estimates driven by the random module (Mersenne
# Twister): pi by darts, a random walk, and shuffles; float and call traffic.
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
    pos = 0
    far = 0
    for _ in range(n):
        pos += 1 if rng.random() < 0.5 else -1
        if abs(pos) > far:
            far = abs(pos)
    return pos, far

random.seed(12345)
rng = random  # the module's shared generator
total = darts(rng, 3200000)
pos, far = walk(rng, 1200000)
total += pos * 7 + far
deck = list(range(52))
for _ in range(6000):
    rng.shuffle(deck)
    total += deck[0] * deck[51]
total += rng.randint(1, 10 ** 12) % 1000
print("checksum", total)
