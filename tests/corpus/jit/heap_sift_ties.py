# heapq on tuples of ints in traced loops (the heap sift in wasm): first
# items that tie, tuples of different lengths (a shorter equal prefix is
# less), negative and 62-bit priorities, equal tuples that are distinct
# objects (which one a pop returns shows every comparison was CPython's),
# a float or str arriving in a tuple mid-run (the host decides), and
# heaps with mixed types that raise CPython's TypeError.
import heapq


def ties(n):
    h = []
    out = 0
    for i in range(n):
        heapq.heappush(h, (i % 4, (i * 7) % 5 - 2))
        heapq.heappush(h, (i % 4,))
        if i % 3:
            d = heapq.heappop(h)
            out = (out * 31 + d[0] * 7 + d[-1]) % 1000003
    return out, len(h), h[:5]


def identity(n):
    # equal tuples, distinct objects: the order they come out in is the
    # heap's, decided by the exact comparisons made
    objs = [tuple([i % 3, 1]) for i in range(n)]
    h = []
    for t in objs:
        heapq.heappush(h, t)
    order = []
    while h:
        t = heapq.heappop(h)
        for j in range(len(objs)):
            if objs[j] is t:
                order.append(j)
                break
    return order[:12], order[-12:]


def extremes(n):
    h = []
    big = 1 << 62
    for i in range(n):
        p = (i * 7919) % 101 - 50
        heapq.heappush(h, (p << 55, -p, i))
        heapq.heappush(h, (-big, i))
        heapq.heappush(h, (big - 1 - i, i))
    s = 0
    k = 0
    while h:
        t = heapq.heappop(h)
        k += 1
        s = (s * 7 + t[0] % 1000 + t[-1]) % 1000003
    return s, k


def midway(n, odd):
    h = []
    s = 0
    for i in range(n):
        if i == n // 2:
            heapq.heappush(h, odd)
        heapq.heappush(h, ((i * 37) % 11, i))
        if i % 2:
            t = heapq.heappop(h)
            s = (s * 3 + t[0] * 5 + i) % 1000003
    return s, sorted(h)[:4], len(h)


def mixed(n, bad):
    h = []
    for i in range(n):
        heapq.heappush(h, (i % 5, i))
        if i == n - 3:
            try:
                heapq.heappush(h, bad)
            except TypeError as e:
                return "TypeError: %s" % e, len(h), h[:3]
    return "no error", len(h)


print(ties(3000))
print(identity(60))
print(extremes(1500))
print(midway(2000, (3, 0.5)))
print(midway(2000, (3, "x")))
print(midway(2000, (3,)))
print(mixed(2000, (0, "s")))
print(mixed(2000, "str"))
print(mixed(2000, (0.5, 1)))
print(mixed(2000, (None, 1)))
h = []
for i in range(3000):
    heapq.heappush(h, (i % 7, -i))
heapq.heappush(h, 5)
