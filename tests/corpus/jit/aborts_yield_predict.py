# Generator loops whose recordings would abort at a yield of the loop's
# own frame are refused before recording (jit/predict.go): loops that
# yield on every path, exits whose side trace would reach a yield, and
# the loops that must still be recorded: a continue that goes round
# without yielding, a branch on an int, a yield inside try, an inner
# loop whose iterations do not all yield, and values sent in.


def both(n):
    for i in range(n):
        if i % 3 == 0:
            yield -i
        else:
            yield i * 2


def evens(src):
    for x in src:
        if x % 2 == 0:
            yield x


def truthy(src):
    for x in src:
        if x % 4:
            yield x


def skips(n):
    i = 0
    while i < n:
        i += 1
        if i % 5 == 0:
            continue
        yield i


def forever():
    i = 0
    while True:
        yield i
        i += 1


def guarded(n):
    for i in range(n):
        try:
            yield i // (i % 7 or 1)
        except ZeroDivisionError:
            yield 0


def rows(n, m):
    for r in range(n):
        for c in range(m):
            if (r + c) % 3 == 0:
                yield r * m + c
        yield -1


def echo(n):
    got = 0
    for i in range(n):
        got = yield i + got
        if got is None:
            got = 0


t = 0
for v in both(4000):
    t += v
print("both", t)
print("evens", sum(evens(range(5000))), sum(evens(both(3000))))
print("truthy", sum(truthy(range(5000))))
print("skips", sum(skips(4000)))
t = 0
for v in forever():
    if v > 3000:
        break
    t += v
print("forever", t)
print("guarded", sum(guarded(3000)))
print("rows", sum(rows(60, 50)), len(list(rows(30, 7))))
g = echo(3000)
t = next(g)
for k in range(2999):
    t += g.send(k % 5)
print("echo", t)
print("genexpr", sum(x * x for x in range(4000) if x % 3), max(y for y in range(2000)))
