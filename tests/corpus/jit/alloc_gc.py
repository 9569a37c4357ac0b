# Allocation in traces under collection pressure: loops that build and
# drop many tuples and lists, keep some of them alive in long lists, and
# grow lists, so collections happen between (and because of) trace runs.
# Run it with HOTLOOP_GCSTRESS=1 too (a collection at every safepoint).


def churn(n):
    keep = []
    s = 0
    for i in range(n):
        t = (i, [i, i + 1], (i * 2, -i))
        s += t[1][1] if isinstance(t[1], list) else 0
        if i % 97 == 0:
            keep.append(t)
    return s, len(keep), keep[-1]


for rep in range(3):
    print(rep, churn(6000))


def chains(n):
    head = None
    for i in range(n):
        head = (i, head)
    total = 0
    while head is not None:
        total += head[0]
        head = head[1]
    return total


print(chains(5000))


def regrow(n):
    total = 0
    for j in range(n):
        xs = []
        for i in range(j % 50):
            xs.append((i, [j]))
        total += len(xs)
        if xs:
            total += xs[-1][1][0]
    return total


print(regrow(1500))

table = [[(r, c) for c in range(60)] for r in range(60)]
print(sum(a * b for row in table for a, b in row))
print(table[59][58], len(table))
