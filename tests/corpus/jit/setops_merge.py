# setops_merge: set(a), a | b, a ^ b, a.copy(), frozenset(a) and
# s.update(a) into an empty set, where a's table has another size than
# the result's, has dummies (after remove/discard/pop) or holes; the
# printed order is the table order, so it must match CPython's layout.


def lcg(seed, n, mod):
    x = seed
    out = []
    for _ in range(n):
        x = (x * 6364136223846793005 + 1442695040888963407) % (1 << 64)
        out.append((x >> 33) % mod)
    return out


def show(tag, s):
    items = list(s)
    print(tag, len(items), items[:12], items[-6:], sum(hash(i) % 1000 * (k + 1) for k, i in enumerate(items)) % 1000003)


for n in (0, 1, 5, 9, 40, 300, 3000, 30000):
    a = set(lcg(n + 1, n, max(1, 2 * n)))
    b = set(lcg(n + 7, n // 2 + 1, max(1, 3 * n)))
    show("a|b %d" % n, a | b)
    show("b|a %d" % n, b | a)
    show("a^b %d" % n, a ^ b)
    show("a-b %d" % n, a - b)
    show("a&b %d" % n, a & b)
    show("set %d" % n, set(a))
    show("copy %d" % n, a.copy())
    show("frozen %d" % n, frozenset(a))
    e = set()
    e.update(a)
    show("update %d" % n, e)
    # dummies: remove some, then copy and merge
    for k in list(a)[::3]:
        a.discard(k)
    show("dummy set %d" % n, set(a))
    show("dummy a|b %d" % n, a | b)
    show("dummy a^b %d" % n, a ^ b)
    for _ in range(min(len(a), 5)):
        a.pop()
    show("pop copy %d" % n, a.copy())
    a.update(lcg(n + 11, n // 4, max(1, 4 * n)))
    show("refill |b %d" % n, a | b)
    f = frozenset(a)
    show("frozen|set %d" % n, f | b)
    show("set|frozen %d" % n, b | f)

s = {"x%d" % i for i in range(200)}
t = {"y%d" % i for i in range(0, 400, 3)}
show("str |", s | t)
show("str ^", s ^ t)
s.discard("x7")
show("str dummy |", s | t)
