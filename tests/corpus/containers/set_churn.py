# set_churn: long add/remove cycles on small and medium sets (keys that come
# back, keys that change), checking the printed order, len and membership
# against CPython after every phase.
def lcg(seed):
    x = seed
    while True:
        x = (x * 1103515245 + 12345) % 2147483648
        yield x

def churn(label, keyspace, size, steps, seed, mk):
    r = lcg(seed)
    s = set()
    for i in range(steps):
        k = mk(next(r) % keyspace)
        if len(s) < size or next(r) % 3 == 0:
            s.add(k)
        elif k in s:
            s.remove(k)
        else:
            s.discard(mk(next(r) % keyspace))
            if s and next(r) % 5 == 0:
                s.pop()
        if i % (steps // 4) == steps // 4 - 1:
            print(label, i, len(s), sorted(s, key=str) == sorted(list(s), key=str))
            print(" ", list(s))
    return s

churn("small ints", 20, 6, 4000, 1, lambda k: k)
churn("wide ints", 5000, 9, 6000, 2, lambda k: k * 7919)
churn("negative", 40, 11, 5000, 3, lambda k: k - 20)
churn("strs", 30, 8, 4000, 4, lambda k: "k" + str(k))
churn("mixed", 60, 10, 5000, 5, lambda k: k if k % 2 else str(k))
churn("medium", 400, 120, 20000, 6, lambda k: k * 31)

# The nqueens pattern: add three keys, recurse, remove them.
def queens(n, row, cols, d1, d2, seen):
    if row == n:
        seen.append((list(cols), list(d1), list(d2)))
        return 1
    count = 0
    for c in range(n):
        if c in cols or (row + c) in d1 or (row - c) in d2:
            continue
        cols.add(c); d1.add(row + c); d2.add(row - c)
        count += queens(n, row + 1, cols, d1, d2, seen)
        cols.remove(c); d1.remove(row + c); d2.remove(row - c)
    return count

seen = []
cols, d1, d2 = set(), set(), set()
print(queens(7, 0, cols, d1, d2, seen), len(seen))
for t in seen[::7]:
    print(t)
print(cols, d1, d2)
cols.add(3); d1.update(range(5)); d2 |= {-1, -2}
print(cols, d1, d2, d1 - {1, 2}, d1 & {0, 4, 9}, d1 ^ {0, 7})

# A frozenset and a copy built from a churned set keep CPython's order.
s = churn("for copy", 50, 12, 3000, 7, lambda k: k * 3)
print(frozenset(s), s.copy(), set(s), s | {1000}, s - set(list(s)[:3]))
for x in list(s)[::2]:
    s.remove(x)
print(s, len(s))
s.clear()
s.add(5)
print(s)
try:
    s.remove(99)
except KeyError as e:
    print(type(e).__name__, e)
it = iter({1, 2, 3})
t = {1, 2, 3}
try:
    for x in t:
        t.discard(x)
        t.add(x + 100)
except RuntimeError as e:
    print(type(e).__name__, e)
print(sorted(t))

# set.pop walks the table from a finger that clear, resize and &= keep.
s = set(range(20))
print([s.pop() for _ in range(5)])
s.clear()
s.update(range(30, 40))
print([s.pop() for _ in range(3)], s)
t = set(range(8))
t.pop(); t.pop()
t.update(range(100, 140))
print([t.pop() for _ in range(4)], list(t)[:6])
class K:
    def __init__(s, v): s.v = v
    def __hash__(s): print("hash", s.v); return s.v
    def __eq__(s, o): print("eq", s.v); return s is o
u = {K(1), K(9), K(17)}
print(u.pop().v, u.pop().v, len(u))
w = set(range(16))
for _ in range(6): w.pop()
w &= set(range(40))
print(w.pop(), w)
