# A traced loop calling a function whose own loop has a trace: results,
# early exits from the called loop (return, break), type changes inside
# it, big ints, methods and for loops in the callee.

def collatz_len(n):
    steps = 0
    while n != 1:
        if n & 1:
            n = 3 * n + 1
        else:
            n >>= 1
        steps += 1
    return steps

total = 0
best = 0
for n in range(1, 6000):
    c = collatz_len(n)
    total += c
    if c > best:
        best = c
print("collatz", total, best)


def first_multiple(start, k):
    i = start
    while True:
        if i % k == 0:
            return i
        i += 1


acc = 0
for n in range(3000):
    acc += first_multiple(n, 7)
print("return from the loop", acc)


def count_until(limit, stop):
    c = 0
    for j in range(limit):
        if j == stop:
            break
        c += j
    return c


acc = 0
for n in range(3000):
    acc += count_until(n % 50, 40)
print("break and for", acc)


def grow(x, k):
    i = 0
    while i < k:
        x = x * 3 + 1
        i += 1
    return x


acc = 0
for n in range(2000):
    acc += grow(n, 30 + n % 20)
print("big ints", acc % 1000003, acc.bit_length())


def scale(x, k):
    i = 0
    while i < k:
        x = x + 0.5
        i += 1
    return x


out = []
for n in range(3000):
    v = n if n < 2500 else n * 1.0
    out.append(scale(v, 5 + n % 3))
print("type change", sum(out), type(out[0]).__name__, type(out[-1]).__name__)


class Acc:
    def __init__(self):
        self.total = 0

    def run(self, k):
        i = 0
        s = 0
        while i < k:
            s += i * i
            i += 1
        return s


a = Acc()
acc = 0
for n in range(4000):
    acc += a.run(n % 13)
print("method", acc)


def nested(n):
    s = 0
    for i in range(n):
        for j in range(3):
            s += i ^ j
    return s


acc = 0
for n in range(1500):
    acc += nested(n % 9)
print("nested loops in the callee", acc)


def with_default(n, step=2):
    s = 0
    while n > 0:
        s += n
        n -= step
    return s


acc = 0
for n in range(3000):
    acc += with_default(n % 40)
print("defaults", acc)


def outer_fn(m):
    t = 0
    for n in range(m):
        t += collatz_len(n + 1)
    return t


print("in a function", outer_fn(4000))
