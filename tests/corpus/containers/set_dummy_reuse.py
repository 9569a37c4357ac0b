# Set iteration order after deletions: an add reuses the last deleted slot
# ("dummy") its probe passed, as CPython 3.11's set_add_entry does, and
# intersection_update walks the set itself, dummies and all (no copy first).
s = set()
for op, k in [('add', ''), ('add', -1), ('add', 10**20), ('del', -1), ('add', 2**64), ('add', 'ab'), ('add', -1),
              ('add', 1), ('add', 1.0), ('add', 0.0), ('del', 1.0), ('del', (1, 2)), ('del', 0), ('add', 'b'),
              ('add', (1, 2)), ('del', 'b'), ('del', 10**20), ('add', 2**61 - 1), ('add', 1.0)]:
    if op == 'add':
        s.add(k)
    else:
        s.discard(k)
    print(op, repr(k), s)
t = {8, 16, 24, 32, 40}
for k in (8, 16, 24):
    t.remove(k)
for k in (48, 56, 64, 72):
    t.add(k)
print(t, list(t), set(t), t | {0}, t - {40})
u = set(range(0, 80, 8))
for k in range(0, 40, 8):
    u.discard(k)
u.update([5, 13, 21, 8, 0])
print(u, sorted(u) == sorted(set(u)), list(set(u)))
f = frozenset(u)
print(f, f ^ {1, 2, 3})
a = set(range(0, 200, 8))
for k in range(0, 100, 16):
    a.discard(k)
a.update([1, 80, 136, 3.5, 'k3'])
b = set(range(200, -1, -4)) | {1, 'k3', 'x'}
c = set(a)
a.intersection_update(b)
print(a, list(a))
c.intersection_update(b, set(range(0, 300, 2)) | {1})
print(c)
d = {136, 1, 80, 200, 8}
d.discard(200)
d.discard(8)
d.intersection_update({1, 80, 136, 5})
print(d)
