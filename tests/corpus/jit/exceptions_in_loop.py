# Exceptions raised inside traced loops: the guard exits to the interpreter
# just before the failing instruction, which raises with the right line.
import math


def divide(n, zero_at):
    total = 0
    for i in range(n):
        total += 1000 // (i - zero_at)
    return total


def fdivide(n, zero_at):
    total = 0.0
    for i in range(n):
        total += 1.0 / (i - zero_at)
    return total


def index(a, n):
    s = 0
    for i in range(n):
        s += a[i]
    return s


def roots(n):
    s = 0.0
    for i in range(n):
        s += math.sqrt(1000 - i)
    return s


def floors(values):
    s = 0
    for v in values:
        s += math.floor(v)
    return s


for f, args in [(divide, (3000, 2500)), (fdivide, (3000, 2000)), (index, ([1] * 2000, 2500)),
                (roots, (3000,)), (floors, ([0.5] * 2000 + [float("inf")],)),
                (floors, ([1.5] * 2000 + [float("nan")],))]:
    try:
        print(f.__name__, f(*args))
    except Exception as e:
        print(f.__name__, type(e).__name__, e)

print(divide(2000, -1), round(fdivide(2000, -1), 6), index(list(range(3000)), 3000))
try:
    total = 0
    i = 0
    while i < 5000:
        total += 7 % (2000 - i)
        i += 1
except ZeroDivisionError as e:
    print("while", total, i, e)


def caught(n):
    hits = 0
    for i in range(n):
        try:
            hits += 10 // (i % 700)
        except ZeroDivisionError:
            hits -= 1
    return hits


print(caught(5000))
index([1.0] * 3000, 3001)
