# heapq.heappush and heapq.heappop in traced loops: priority queues of
# (int, int) tuples (a Dijkstra relaxation loop), of ints, floats and
# strs, ties broken by later tuple items (ints, strs, floats, nested
# tuples), identical objects inside tuples, a heap the loop builds itself,
# and the cases the trace leaves to the interpreter: NaN, mixed int and
# float priorities, items with __lt__, a list subclass, uncomparable
# items (TypeError), popping an empty heap (IndexError), and at the end a
# TypeError traceback from a push in a loop.
import heapq


def dijkstra(n, src):
    adj = {}
    x = 7
    for u in range(n):
        edges = []
        for _ in range(4):
            x = (x * 1103515245 + 12345) & 0x7FFFFFFF
            edges.append((x % n, 1 + (x >> 16) % 50))
        adj[u] = edges
    dist = {src: 0}
    heap = [(0, src)]
    pops = 0
    while heap:
        d, u = heapq.heappop(heap)
        pops += 1
        if d > dist[u]:
            continue
        for v, w in adj[u]:
            nd = d + w
            if nd < dist.get(v, 1 << 60):
                dist[v] = nd
                heapq.heappush(heap, (nd, v))
    return len(dist), sum(dist.values()), pops, max(dist.values())


print("dijkstra", dijkstra(3000, 0), dijkstra(500, 17))


def heapsort(items):
    h = []
    for it in items:
        heapq.heappush(h, it)
    out = []
    while h:
        out.append(heapq.heappop(h))
    return out


ints = [(i * 7919) % 1009 - 500 for i in range(2000)]
print("ints", heapsort(ints) == sorted(ints), heapsort(ints)[:5])
floats = [((i * 31) % 97) / 7.0 - 3.5 for i in range(1500)]
print("floats", heapsort(floats) == sorted(floats), heapsort(floats)[-3:])
words = ["w%d" % ((i * 37) % 211) for i in range(1200)]
print("strs", heapsort(words) == sorted(words), heapsort(words)[:4])
ties = [((i * 13) % 5, (i * 29) % 101) for i in range(1500)]
print("ties", heapsort(ties) == sorted(ties), heapsort(ties)[:4])
named = [((i * 13) % 3, "n%03d" % ((i * 17) % 400)) for i in range(1200)]
print("str ties", heapsort(named) == sorted(named), heapsort(named)[-2:])
fl = [((i * 7) % 4, (i % 9) * 0.5, i) for i in range(1200)]
print("float ties", heapsort(fl) == sorted(fl), heapsort(fl)[:3])
nested = [((i % 3, (i * 5) % 7), i) for i in range(1000)]
print("nested", heapsort(nested) == sorted(nested), heapsort(nested)[:3])
shortlong = [tuple(range(i % 4)) for i in range(800)]
print("lengths", heapsort(shortlong) == sorted(shortlong), heapsort(shortlong)[-1])


class Task:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return "Task(%s)" % self.name


shared = Task("shared")
same = [(i % 4, shared) for i in range(600)]
res = heapsort(same)
print("identical", [p for p, _ in res[:3]], res[-1])


class Prio:
    calls = 0

    def __init__(self, p):
        self.p = p

    def __lt__(self, other):
        Prio.calls += 1
        return self.p < other.p


def mixed_run(n):
    h = []
    out = 0
    for i in range(n):
        if i == n // 2:
            heapq.heappush(h, (1.5, i))  # a float among ints: exits
        heapq.heappush(h, ((i * 11) % 23, i))
        if i % 3 == 2:
            p, j = heapq.heappop(h)
            out += j
    while h:
        out += heapq.heappop(h)[0]
    return out


print("mixed", mixed_run(900))


def nan_run(n):
    h = []
    for i in range(n):
        v = float("nan") if i == n - 10 else float(i % 17)
        heapq.heappush(h, (v, i))
    return [heapq.heappop(h)[1] for _ in range(8)]


print("nan", nan_run(400))


def objects_run(n):
    h = []
    for i in range(n):
        heapq.heappush(h, (i % 2, Prio((i * 7) % 13)))
    return [heapq.heappop(h)[1].p for _ in range(6)], Prio.calls > 0


print("objects", objects_run(300))


class MyList(list):
    pass


def subclass_run(n):
    h = MyList()
    for i in range(n):
        heapq.heappush(h, (n - i) % 37)
    return [heapq.heappop(h) for _ in range(5)], type(h).__name__


print("subclass", subclass_run(500))


def uncomparable(n):
    h = []
    caught = []
    for i in range(n):
        item = (0, "s") if i % 100 == 99 else (0, i)
        try:
            heapq.heappush(h, item)
        except TypeError as e:
            caught.append((i, str(e)))
    return len(h), caught


print("uncomparable", uncomparable(300))


def fresh(bad, n):
    h = [(1, "s") if bad else (0, 0)]
    for j in range(n):
        h.append((5, j))
    return h


def partial(n):
    heaps = [fresh(False, 40), fresh(False, 40), fresh(True, 40)]
    errs = 0
    out = []
    for i in range(n):
        h = heaps[i % 3]
        try:
            heapq.heappush(h, (1, i))
        except TypeError:
            errs += 1
            out.append((h[1], h[2], h[4], len(h), h[-3:], sum(1 for x in h if x[0] == 1)))
            heaps[2] = fresh(True, 40)
        if len(h) > 60:
            heaps[i % 3] = fresh(False, 40)
    return errs, out[:2], out[-1]


print("partial sift", partial(300))


def drain(n):
    h = list(range(n))
    got = 0
    for i in range(n + 3):
        try:
            got += heapq.heappop(h)
        except IndexError as e:
            print("IndexError", i, e)
    return got


print("drain", drain(200))


def built_here(n):
    total = 0
    for i in range(n):
        h = [(3, "c"), (1, "a"), (2, "b")]
        heapq.heapify(h)
        heapq.heappush(h, (i % 4, "x"))
        total += heapq.heappop(h)[0] + len(h)
    return total


print("built", built_here(2000))


def late_failure(n):
    h = []
    for i in range(n):
        heapq.heappush(h, (0, i if i < n - 1 else None))
    return len(h)


print(late_failure(500))
