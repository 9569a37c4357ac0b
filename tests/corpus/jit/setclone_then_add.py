# Sets copied in bulk (set(a), a.copy(), frozenset(a), a | b: vm/setclone.go)
# and then changed by a traced loop's set adds and removes.
def grow(s, start, n):
    for i in range(start, start + n):
        s.add(i)
        if i % 3 == 0:
            s.discard(i - 1)
    return s


base = set(range(0, 400, 2))
for make in (set, lambda a: a.copy(), lambda a: a | {1, 3}, lambda a: set(frozenset(a))):
    c = make(base)
    before = len(c)
    grow(c, 1000, 3000)
    print(before, len(c), sum(c), min(c), max(c), 0 in c, 398 in c, 1001 in c, 1002 in c)
    print(list(c)[:12])
print(len(base), sum(base))
