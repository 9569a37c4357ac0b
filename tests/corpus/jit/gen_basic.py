# For loops over generators, recorded with the generator resumed in the
# trace: one level, values of changing types, exhaustion mid-loop, break
# and resuming later with next(), one generator shared by two loops.


def count_from(n, limit):
    i = n
    while i < limit:
        yield i
        i += 1


def consume(g):
    s = 0
    for x in g:
        s += x
    return s


print("sum", consume(count_from(0, 5000)))
print("sum empty", consume(count_from(10, 5)))


def mixed(n):
    # yields ints, then floats, then strs, then ints again: the trace's
    # tag guards fail and side traces take over
    for i in range(n):
        if i < 1500:
            yield i
        elif i < 3000:
            yield i * 0.5
        elif i < 3200:
            yield "s"
        else:
            yield i


def total_mixed(g):
    t = 0
    strs = 0
    for x in g:
        if isinstance(x, str):
            strs += 1
        else:
            t += x
    return t, strs


print("mixed", total_mixed(mixed(6000)))


def pairs(n):
    a, b = 0, 1
    for _ in range(n):
        yield a
        a, b = b, (a + b) % 1000007


def walk(n):
    acc = 0
    for v in pairs(n):
        acc = (acc * 31 + v) % 998244353
    return acc


print("walk", walk(4000))

# break out, then resume the same generator by hand and in another loop
g = count_from(0, 10 ** 6)
t = 0
for x in g:
    t += x * 2
    if x >= 3000:
        break
print("broke at", x, t, next(g), next(g))
t2 = 0
for y in g:
    t2 += y
    if y >= 6000:
        break
print("second loop", y, t2, next(g))

# one generator shared by two loops, alternating
src = count_from(0, 8000)
ev = od = 0
for a in src:
    ev += a
    for b in src:
        od += b
        break
print("shared", ev, od)


# a generator that stops after a while, consumed in a long loop
def limited(k):
    i = 0
    while True:
        yield i * 3
        i += 1
        if i == k:
            return


s = 0
for r in range(30):
    for v in limited(200 + r):
        s += v
print("limited", s)

# exhausted generator: another loop over it does nothing, next raises
g = count_from(0, 2000)
print("first", consume(g))
print("again", consume(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration", type(e).__name__)
