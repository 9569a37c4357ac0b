# Arguments of random's float functions, bound as random.py's methods bind
# theirs: defaults (gauss, normalvariate), keywords in any order, and
# CPython's TypeErrors for missing, extra, unknown and repeated arguments,
# for the module's functions and a Random instance's methods.
import random
random.seed(1); print(random.gauss(), random.normalvariate(), random.gauss(sigma=2, mu=1), random.gauss(5), random.uniform(b=3, a=2))
g = random.Random(4); print(g.gauss(), g.gauss(sigma=3), g.uniform(1, b=2), g.expovariate(lambd=2.0), g.weibullvariate(1, 2))
for f in (lambda: random.uniform(1), lambda: random.uniform(), lambda: random.uniform(1,2,3), lambda: random.gauss(1,2,3), lambda: random.expovariate(), lambda: random.uniform(1, c=2), lambda: random.uniform(1, a=2), lambda: random.random(x=1), lambda: random.random(1), lambda: g.gauss(1,2,3), lambda: g.uniform(1, c=2), lambda: g.betavariate()):
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
