# Trace trees: a root carrying side traces at a pre-loop exit and at an
# exit of its loop body. An inlined side trace of the loop body read n (a
# register the loop does not change) as the value of the pre-loop's load of
# it; when the loop body was reached through the pre-loop exit's inlined
# side trace, that load had not run (the pre-loop is computed again there
# only for what the loop itself needs), n read as 0 and the loop stopped
# early. The dict delete is a path the recorder refuses: its exits make the
# trace be entered again at different i, so both side traces run.


def alternate(n, m, p):
    a = 0
    d = {}
    i = 0
    while i < n:
        i += 1
        if i % m in d:
            del d[i % m]
        else:
            d[i % m] = 1
        g = 0.0 if i % p == 0 else i * 0.5
        a += int(g)
    return a, i, sorted(d)


def bounded_by_len(xs, m, p):
    # The bound is len(xs): a pre-loop load of the list's length.
    s = 0.0
    seen = set()
    k = 0
    while k < len(xs):
        k += 1
        if k % m in seen:
            seen.discard(k % m)
        else:
            seen.add(k % m)
        h = 0.0 if k % p == 0 else k * 0.25
        s += h
    return s, k, sorted(seen)


def chars(n):
    # The same with len(s) for n, a set add on one path (gen_types_86).
    a = 5
    seen = {12, 5, 6}
    s = 'ab1-c'
    for i in IDX[:n]:
        if i % 2 in seen:
            a += 1
        else:
            seen.add(a % 24)
        a += ord(s[i % len(s)])
    return a, sorted(seen)


IDX = list(range(10000))
for m, p in ((4, 3), (5, 3), (7, 3), (6, 2)):
    for n in (3000, 100, 100, 7, 1, 0, 2500):
        print("alternate", m, p, n, alternate(n, m, p))
for m, p in ((4, 3), (5, 3)):
    for lim in (2000, 99, 100, 3):
        print("bounded_by_len", m, p, lim, bounded_by_len(list(range(lim)), m, p))
for n in (1, 34, 8000, 300):
    print("chars", n, chars(n))
