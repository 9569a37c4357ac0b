# Globals and builtins rebound between (and during) runs of a traced loop:
# the trace guards the dicts' versions and must see the new values.
import math

SCALE = 2
OFFSET = 0.5


def scaled(n):
    s = 0
    for i in range(n):
        s += i * SCALE
    return s


def with_builtin(values):
    s = 0
    for v in values:
        s += abs(v) + min(v, 3) + max(v, -3)
    return s


def with_math(n):
    s = 0.0
    for i in range(n):
        s += math.sqrt(i) + OFFSET
    return s


print(scaled(3000))
SCALE = 3
print(scaled(3000))
SCALE = 2.5
print(scaled(3000))
print(with_builtin(list(range(-1500, 1500))))
abs = lambda x: 0  # noqa: E731
print(with_builtin(list(range(-1500, 1500))))
del abs
print(with_builtin([x / 2 for x in range(-1500, 1500)]))
print(round(with_math(3000), 6))
OFFSET = 10
print(round(with_math(3000), 6))
math.sqrt = math.floor
print(with_math(3000))
for k in range(4):
    SCALE = k
    print(k, scaled(2000 + k))


def rebinds(n):
    global SCALE
    s = 0
    for i in range(n):
        if i % 1000 == 999:
            SCALE += 1
        s += SCALE
    return s


SCALE = 1
print(rebinds(5000), SCALE)
del SCALE
try:
    scaled(10)
except NameError as e:
    print(type(e).__name__, e)
