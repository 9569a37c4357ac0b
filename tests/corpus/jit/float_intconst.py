# Integer multiplication, floor division and modulo by constants in hot
# loops (the JIT lowers these without wasm divides): operands around
# 2**31, 2**63 and zero, negative divisors, products that overflow into
# big ints mid-loop, and the spectral_norm matrix element.

def eval_a(i, j):
    return 1.0 / ((i + j) * (i + j + 1) // 2 + i + 1)

def spectral_row(i, n):
    s = 0.0
    for j in range(n):
        s += eval_a(i, j)
    return s

print("row", repr(spectral_row(3, 20000)), repr(spectral_row(250, 400)))

def divmods(lo, hi, step):
    return divmods_of(range(lo, hi, step))

def divmods_of(xs):
    acc = 0
    out = []
    for x in xs:
        acc += x // 2 + x % 2 + x // 8 - x % 8
        acc += x // 3 + x % 3 + x // -3 + x % -3
        acc += x // 7 - x % 7 + x // -8 + x % -8
        acc ^= x // 1000003 + x % 1000003
    out.append(acc)
    return out

print("small", divmods(-30000, 30000, 1))
print("wide", divmods(-(1 << 62), 1 << 62, (1 << 55) + 12345))
print("edge", divmods(-(1 << 63), -(1 << 63) + 4000, 1))
print("top", divmods((1 << 63) - 4000, 1 << 63, 1))

def products(start, n, k):
    return products_of(start, range(n), k)

def products_of(start, idx, k):
    acc = 0
    for i in idx:
        x = start + i * k
        acc += x * 3
        acc -= x * -7
        acc += (x * x) % 1000000007
    return acc

print("prod small", products(-15000, 30000, 1))
print("prod 2**31", products((1 << 31) - 15000, 30000, 1))
print("prod -2**31", products(-(1 << 31) - 3000, 6000, 1))
print("prod 2**32", products(1 << 32, 3000, 7919))
# x * x leaves int64 half way: the loop must go on with big ints.
print("prod over", products(3037000499 - 1500, 3000, 1))
print("prod big k", products(1, 3000, 1 << 40))

def mul_const(n, base):
    return mul_const_of(range(n), base)

def mul_const_of(idx, base):
    acc = 0
    for i in idx:
        acc += (base + i) * 3074457345618258602
    return acc

# (base + i) * c crosses 2**63 at i = 2 from base = 1.
print("mulc", mul_const(3000, -1500), mul_const(3000, 1))

def square_sum(n, base):
    return square_sum_of(range(n), base)

def square_sum_of(idx, base):
    t = 0
    for i in idx:
        v = base + i
        t = (t + v * v) % 1000000007
    return t

# Both factors in [2**31, 2**32): the product leaves int64 at 3037000500.
print("sq", square_sum(5000, 46340), square_sum(30000, 3037000499 - 25000))
print("sq neg", square_sum(30000, -3037000499 - 5000))

def square_sum_down(idx, base):
    t = 0
    for i in idx:
        v = base - i
        t = (t + v * v) % 1000000007
    return t

print("sq down", square_sum_down(range(30000), -3037000499 + 25000))

vals = [0, 1, -1, 2, -2, 2**31 - 1, -2**31, 2**31, 2**62, -2**62, 2**63 - 1, -2**63]
res = []
for a in vals * 200:
    res.append((a // 4, a % 4, a // -5, a % -5))
print("vals", res[:12])
print("vals sum", sum(p + q + r + s for p, q, r, s in res))

try:
    for x in range(10000):
        y = x // (3 - x)
except ZeroDivisionError as e:
    print(type(e).__name__, e, x)
