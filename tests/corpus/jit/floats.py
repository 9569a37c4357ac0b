# Float arithmetic in traced loops against CPython bit for bit: NaN, signed
# zeros, infinities, // and % with signs, mixed int/float, large ints
# compared with floats, true division of ints.
import math


def series(n):
    s = 0.0
    for k in range(n):
        s += (-1.0) ** 0 * (1 if k % 2 == 0 else -1) / (2 * k + 1)
    return 4 * s


def mods(n):
    out = 0.0
    for i in range(n):
        x = i * 0.37 - 500
        out += x % 7.5 + x // -2.25 + (-x) % 3 + i % 7 - i // -3
    return out


def specials(values):
    cnt = [0, 0, 0, 0]
    for v in values:
        if v != v:
            cnt[0] += 1
        elif v == math.inf or v == -math.inf:
            cnt[1] += 1
        elif v == 0:
            cnt[2] += 1 if math.copysign(1, v) > 0 else 0
        else:
            cnt[3] += 1
    return cnt


def compare_big(n):
    big = 2**60
    hits = 0
    for i in range(n):
        if big + i > 1.152921504606847e18:
            hits += 1
    return hits


def truediv(n):
    s = 0.0
    for i in range(1, n):
        s += (i * 7919) / i + 10**16 / i
    return s


def minmax(n):
    lo, hi = math.inf, -math.inf
    for i in range(n):
        v = math.sin(i) if i % 100 else math.nan
        lo = min(lo, v)
        hi = max(hi, v)
    return lo, hi


def neg_zero(n):
    z = 0.0
    for i in range(n):
        z = -z * 1.0
    return math.copysign(1, z), z


print(series(5000))
print(mods(4000))
print(specials([math.nan, 0.0, -0.0, math.inf, 1.5] * 600))
print(compare_big(3000))
print(truediv(3000))
print(minmax(3000))
print(neg_zero(3001), neg_zero(3000))
x = 1.0
for i in range(3000):
    x = x * 1.5 if x < 1e300 else x / 1e300
print(x, math.floor(x * 1e-290), abs(-x))
