# Exits whose code runs straight to a return of the loop's function: the
# JIT blacklists their side traces before recording them. The program must
# behave the same whichever way each exit goes: an empty range, a break,
# a return in the body, a shared entry exit whose loop runs with another
# step, a return inside try/finally and with, an exception on the way to
# the return, and a generator whose loop ends in return.


class Quiet:
    def __enter__(self):
        return self

    def __exit__(self, *a):
        return False


def squares(n):
    s = 0
    for i in range(n):
        s += i * i
    return s


def first_big(n, limit):
    c = 0
    for i in range(1, n):
        if i * i > limit:
            break
        c += i
    return c


def find(xs, v):
    for i in range(len(xs)):
        if xs[i] == v:
            return i
    return -1


def stepped(a, b, k):
    s = 0
    for i in range(a, b, k):
        s += i
    return s


def guarded(n):
    s = 0
    try:
        for i in range(n):
            s += i
        return s
    finally:
        s = -1


def managed(xs):
    t = 0
    with Quiet():
        for x in xs:
            t += x
        return t


def divide_after(xs, d):
    t = 0
    for x in xs:
        t += x
    return t // d


def gen_until(n):
    for i in range(n):
        yield i
    return n


data = [3, 1, 4, 1, 5, 9, 2, 6]
acc = 0
for n in range(5000):
    acc += squares(n % 23) + first_big(n % 40, 200) + find(data, n % 10)
    acc += stepped(n % 17, 40, 3) + stepped(50, n % 11, -4)
    acc += guarded(n % 13) + managed(data[: n % 9])
print("sums", acc)

bad = 0
for n in range(3000):
    try:
        acc += divide_after(data, n % 7)
    except ZeroDivisionError:
        bad += 1
print("divided", acc, bad)

total = 0
for n in range(2000):
    total += sum(gen_until(n % 6))
print("gens", total)

vals = [1, 2, 3]
out = 0.0
for n in range(3000):
    if n == 2000:
        vals = [0.5, 1.5, 2.5]
    if n == 2500:
        vals = [10**20, 1]
    out += managed(vals) + find(vals, 2) + squares(n % 3)
print("mixed", out)
