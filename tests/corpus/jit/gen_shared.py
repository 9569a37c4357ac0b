# One generator reached through two registers of a pipeline stage: the
# trace recorded with two distinct generators guards them distinct, and a
# run with the same generator twice (or a generator shared with the
# consumer) exits and gives the interpreter's answer. iter() of a
# generator is the generator itself.


def count_from(n, limit):
    i = n
    while i < limit:
        yield i
        i += 1


def merge(a, b):
    for x in a:
        for y in b:
            yield x * 1000 + y
            break


def use(g):
    s = 0
    for v in g:
        s += v
    return s


for r in range(3):
    print("distinct", use(merge(count_from(0, 3000), count_from(5, 10 ** 6))))
    g = count_from(0, 3000)
    print("same", use(merge(g, g)))
    g = count_from(0, 3000)
    print("half", use(merge(count_from(0, 3000), g)))


def pairs(src):
    it = iter(src)
    for a in it:
        for b in it:
            yield a - b
            break


print("pairs", use(pairs(count_from(0, 5001))))
g = count_from(0, 4000)
t = 0
for v in merge(g, count_from(0, 10 ** 6)):
    t += v
    if v > 2000000:
        t += next(g, 0)
print("consumer shares", t)
