# heapq: push/pop order, heapify, replace/pushpop, nlargest/nsmallest with
# keys, merge (key, reverse, laziness), errors and comparison order.
import heapq
import random


def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


h = []
for x in [5, 3, 8, 1, 9, 2, 7, 1]:
    heapq.heappush(h, x)
print(h)
print([heapq.heappop(h) for _ in range(len(h))], h)

random.seed(7)
data = [random.randint(0, 1000) for _ in range(200)]
heap = list(data)
heapq.heapify(heap)
print(heap[:10], heap[0] == min(data))
out = []
while heap:
    out.append(heapq.heappop(heap))
print(out == sorted(data))

fl = [3.5, -1.0, 2.25, 0.0, float("inf")]
heapq.heapify(fl)
print(fl, heapq.heappop(fl))

t = []
for item in [(2, "b"), (1, "z"), (2, "a"), (1, "a"), (0, "q")]:
    heapq.heappush(t, item)
print(t, [heapq.heappop(t) for _ in range(5)])

s = ["pear", "apple", "fig", "banana"]
heapq.heapify(s)
print(s, heapq.heapreplace(s, "cherry"), s)
print(heapq.heappushpop(s, "aaa"), heapq.heappushpop(s, "zzz"), s)
print(heapq.heappushpop([], 5))

print(heapq.nlargest(3, data), heapq.nsmallest(3, data))
print(heapq.nlargest(1, data), heapq.nsmallest(1, data), heapq.nsmallest(0, data), heapq.nlargest(-2, data))
print(heapq.nlargest(10, [1, 2, 3]), heapq.nsmallest(2, iter([4, 1, 3])))
words = ["bb", "a", "dddd", "ccc", "ee", "f"]
print(heapq.nlargest(3, words, key=len), heapq.nsmallest(3, words, key=len))
print(heapq.nsmallest(2, words, key=None), heapq.nlargest(2, iter(words), len))
pairs = [(1, "x"), (3, "y"), (1, "w"), (3, "v")]
print(heapq.nlargest(2, pairs, key=lambda p: p[0]), heapq.nsmallest(3, pairs, key=lambda p: p[0]))

m = heapq.merge([1, 4, 7], [2, 5, 8], [3, 6, 9])
print(type(m).__name__, list(m), list(m))
print(list(heapq.merge([5, 3, 1], [4, 2], reverse=True)))
print(list(heapq.merge(["bb", "dddd"], ["a", "ccc"], key=len)))
print(list(heapq.merge([(1, "a")], [(1, "b")], [(0, "c")])))
print(list(heapq.merge()), list(heapq.merge([], [1], [])))
lazy = heapq.merge([1], 5)
print("made lazily")
show("merge bad", lambda: list(lazy))


class Rev:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        print("lt", self.v, other.v)
        return self.v > other.v

    def __repr__(self):
        return "R%d" % self.v


r = []
for v in [1, 3, 2]:
    heapq.heappush(r, Rev(v))
print(r, heapq.heappop(r), r)

show("pop empty", lambda: heapq.heappop([]))
show("replace empty", lambda: heapq.heapreplace([], 1))
show("push tuple", lambda: heapq.heappush((1,), 2))
show("push args", lambda: heapq.heappush([1]))
show("push kw", lambda: heapq.heappush([1], 2, x=1))
show("pop tuple", lambda: heapq.heappop((1,)))
show("pop none", lambda: heapq.heappop())
show("heapify tuple", lambda: heapq.heapify((1,)))
show("heapify none", lambda: heapq.heapify())
show("mixed", lambda: heapq.heappush([1], "a"))
show("nlargest few", lambda: heapq.nlargest([3, 1, 2]))
show("nlargest many", lambda: heapq.nlargest(1, [3, 1, 2], 2, 4))
show("nlargest kw", lambda: heapq.nlargest(1, [3, 1, 2], x=4))
show("merge kw", lambda: heapq.merge([1], x=1))
print(heapq.heappush, heapq.heapify.__name__)
heapq.heappop([])
