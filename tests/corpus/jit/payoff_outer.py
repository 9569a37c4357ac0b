# payoff_outer: inner loops whose future only the loops around them know
# (the payoff rule's outer future, jit/payoff_future.go): a list loop
# under a range loop in the same frame, a while loop in a function called
# from range loops in its callers (one with a negative step), a loop in a
# generator resumed from a range loop, and a loop in a recursive function.

pts = [float(k) * 0.25 for k in range(12)]


def same_frame(n):
    s = 0.0
    for _ in range(n):
        for p in pts:
            s = s + p * 0.5
    return s


def scan(limit):
    i = 0
    t = 0
    while i < limit:
        t += i % 7
        i += 1
    return t


def middle(k):
    return scan(k % 13 + 5)


def callers(n):
    total = 0
    for k in range(n, 0, -1):
        total += middle(k)
    return total


def gen(n):
    for k in range(n):
        acc = 0
        for j in range(k % 9):
            acc += j * k
        yield acc


def from_gen(n):
    total = 0
    for v in gen(n):
        total ^= v
    return total


def rec(depth, width):
    if depth == 0:
        s = 0
        for p in pts:
            s += int(p * width)
        return s
    total = 0
    for w in range(width):
        total += rec(depth - 1, w + 1)
    return total


print(same_frame(3000))
print(callers(6000))
print(from_gen(8000))
print(rec(3, 9))
