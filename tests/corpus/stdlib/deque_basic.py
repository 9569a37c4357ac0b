# deque: construction, both ends, maxlen, indexing, rotation, searching,
# comparisons, arithmetic, copies, iteration and repr.
from collections import deque


def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


d = deque()
print(d, len(d), bool(d), d.maxlen)
d.append(1)
d.append(2)
d.appendleft(0)
print(d, len(d), bool(d))
print(d.pop(), d.popleft(), d)
d.extend(range(5))
d.extendleft("ab")
print(d)
print(d[0], d[-1], d[3], d[-4])
d[0] = "B"
d[-1] = 40
print(d)
del d[1]
del d[-2]
print(d)

# maxlen trims the opposite end
m = deque(range(10), maxlen=3)
print(m, m.maxlen)
m.append(10)
print(m)
m.appendleft(-1)
print(m)
m.extend([20, 21])
print(m)
m.extendleft([30, 31])
print(m)
print(deque(maxlen=0), deque([1, 2], 0))
z = deque(maxlen=0)
z.append(1)
z.extend(range(100))
print(z, len(z))

# rotation
r = deque(range(10))
r.rotate(3)
print(r)
r.rotate(-5)
print(r)
r.rotate()
print(r)
r.rotate(23)
print(r)
r.rotate(-101)
print(r)
r.rotate(2**40 + 3)
print(r)
full = deque(range(8))
full.rotate(3)
print(full)

# searching and editing
s = deque([1, 2, 3, 2, 1, 2])
print(s.count(2), s.count(9), 2 in s, 9 in s)
print(s.index(2), s.index(2, 2), s.index(2, -2), s.index(1, 1, 5))
s.remove(2)
print(s)
s.insert(0, "first")
s.insert(100, "last")
s.insert(-100, "very first")
s.insert(2, "mid")
s.insert(-1, "before last")
print(s)
s.reverse()
print(s)
s.clear()
print(s, len(s))

# comparisons
print(deque([1, 2]) == deque([1, 2]), deque([1, 2]) != deque([1, 3]))
print(deque([1, 2]) == [1, 2], deque([1]) != (1,))
print(deque([1, 2]) < deque([1, 3]), deque([1, 2]) <= deque([1, 2]))
print(deque([1, 2, 3]) > deque([1, 2]), deque([2]) >= deque([1, 9]))
print(deque() < deque([0]), deque("abc") < deque("abd"))

# arithmetic
a = deque([1, 2])
b = deque([3], maxlen=5)
print(a + b, b + a, a * 3, 2 * a, a * 0, a * -1)
c = deque([1, 2, 3], maxlen=4)
c *= 3
print(c)
c += [7, 8]
print(c)
c += c
print(c)
e = deque([1, 2])
e.extend(e)
print(e)
e.extendleft(e)
print(e)

# copies
orig = deque([[1], [2]], maxlen=5)
cp = orig.copy()
print(cp, cp == orig, cp is orig, cp[0] is orig[0])
import copy
print(copy.copy(orig), copy.deepcopy(orig))

# iteration
it = deque(range(5))
print(list(it), list(reversed(it)), [x * 2 for x in it], sum(it), max(it))
print(list(enumerate(deque("xy"))), sorted(deque([3, 1, 2])))
print(tuple(deque("abc")), set(deque([1, 1, 2])) == {1, 2})

# repr: nesting, recursion, maxlen, subclasses
n = deque([deque([1]), [2], "s"])
print(n, repr(n), str(n))
rec = deque([1, 2])
rec.append(rec)
print(rec)
lst = [deque([0])]
lst[0].append(lst)
print(lst)


class Queue(deque):
    def peek(self):
        return self[0]


q = Queue([5, 6], maxlen=4)
q.append(7)
print(q, q.peek(), len(q), isinstance(q, deque), type(q).__name__)
print(q.copy(), type(q.copy()).__name__, q + deque([1]), type(q * 2).__name__)
print(deque.__name__, deque.__module__, deque, type(iter(deque())).__name__)
show("hash", lambda: hash(deque()))
show("attr", lambda: deque().missing)

# big queue through both ends
big = deque()
for i in range(10000):
    big.append(i)
    if i % 3 == 0:
        big.appendleft(-i)
total = 0
while big:
    total += big.popleft()
    if big:
        total -= big.pop()
print(total, len(big))
