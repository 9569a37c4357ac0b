# The random module with a fixed seed gives CPython's numbers; a Monte Carlo estimate.
import math
import random

random.seed(12345)
print([random.randint(1, 6) for _ in range(10)])
print(round(random.random(), 12), random.choice(["red", "green", "blue"]))
deck = list(range(1, 14))
random.shuffle(deck)
print(deck, random.sample(deck, 3), random.randrange(0, 100, 7))
inside = 0
n = 20000
for _ in range(n):
    x, y = random.random(), random.random()
    if x * x + y * y <= 1.0:
        inside += 1
print(inside, 4 * inside / n, abs(4 * inside / n - math.pi) < 0.05)
print(math.sqrt(2), math.floor(-2.5), math.ceil(2.1), math.gcd(12, 18), math.isqrt(99), math.factorial(20))
print(math.pi, math.e, math.log(100, 10), math.hypot(3, 4), math.inf > 10 ** 300)
