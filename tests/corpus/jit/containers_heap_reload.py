# Heap pushes and pops in traces write only the list: the loop's global
# loads (heapq.heappush's chain) are kept across them, while the list's
# length, storage and items are read again after each one.
import heapq
from heapq import heappush, heappop

h = []
seen = []
x = 7
for i in range(900):
    x = (x * 1103515245 + 12345) & 0x7FFFFFFF
    heapq.heappush(h, (x % 1000, i))
    n1 = len(h)
    heapq.heappush(h, (x % 997, -i))
    n2 = len(h)
    top = h[0]
    d, u = heapq.heappop(h)
    if n2 != n1 + 1 or len(h) != n1 or top != (d, u):
        print("bad", i, n1, n2, len(h), top, d, u)
    if i % 150 == 0:
        seen.append((d, u, len(h), h[0], h[-1]))
print(seen)

# a heap that is also iterated and indexed in the loop
h2 = [(0, 0)]
acc = 0
for i in range(900):
    heappush(h2, (i % 37, i))
    if i % 3 == 0:
        a, b = heappop(h2)
        acc += a * 3 + b
    acc += h2[0][0] + len(h2) + h2[len(h2) - 1][1]
print(acc, len(h2), h2[:4])

# ints and floats, a list held by a dict, and the name rebound mid-loop
heaps = {"a": [], "b": [5.5, 7.25]}
out = []
for i in range(900):
    if i == 600:
        heappush = lambda lst, v: lst.append(-v)
    heappush(heaps["a"], i * 7 % 101)
    heapq.heappush(heaps["b"], (i * 13 % 59) / 4)
    if i % 4 == 3:
        out.append(heappop(heaps["b"]))
        if heaps["a"] and heaps["a"][0] >= 0:
            out.append(heappop(heaps["a"]))
print(sum(out), len(out), len(heaps["a"]), len(heaps["b"]), heaps["a"][-3:], out[-5:])

# a pop from an empty heap inside the loop
h3 = []
caught = 0
for i in range(900):
    if i % 5 == 0:
        heapq.heappush(h3, i)
    try:
        heapq.heappop(h3)
    except IndexError:
        caught += 1
print(caught, h3)
