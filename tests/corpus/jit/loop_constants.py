# Loop constants that the compiler keeps in registers become constants of
# the trace behind a guard on the register's value. Two loops of one
# function reuse the same registers for different constants, -0.0 and 0.0
# are different constants, and a temporary may hold a value equal to a
# constant only by chance.
import math


def two_loops(n):
    s = 0
    for i in range(n):
        s += i * 3 + 7
    t = 0
    for i in range(n):
        t += i * 5 - 11
    return s, t


def signed_zeros(n):
    a = 0.0
    b = 0.0
    for i in range(n):
        a = a + 0.0
        b = b * 1.0 + -0.0
    c = -0.0
    for i in range(n):
        c = c + -0.0
    return math.copysign(1, a), math.copysign(1, b), math.copysign(1, c)


def indexes(rows):
    tot = [0.0, 0.0, 0.0]
    for r in rows:
        tot[0] += r[0]
        tot[1] += r[1] * 2.5
        tot[2] -= r[2] ** 2
    return tot


def big_consts(n):
    x = 0
    for i in range(n):
        x = (x + 2 ** 62 + i) % 1000000007
    y = 0
    for i in range(n):
        y = (y * 31 - 4611686018427387904) % 998244353
    return x, y


def chance(n):
    out = 0
    for i in range(n):
        k = i % 4
        out += k * 3
    for j in range(n):
        out += (j % 3) * 4
    return out


def changing(ns):
    res = []
    for n in ns:
        acc = 0
        for i in range(n):
            acc += i * 2 + 1
        res.append(acc)
    return res


print(two_loops(3000))
print(signed_zeros(3000))
print(indexes([[i * 0.5, i * 0.25, i * 0.125] for i in range(3000)]))
print(big_consts(3000))
print(chance(3000))
print(changing([10, 2000, 1500, 3, 0, 2500]))
