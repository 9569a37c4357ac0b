# Lists and tuples built and grown inside traced loops: appends that grow
# the storage past several capacities, tuples and lists that escape into
# other lists and are read after the loop, nested lists, comprehensions
# run in loops, tuples unpacked in the same iteration, and a list mutated
# while it is iterated.


def grow(n):
    out = []
    for i in range(n):
        out.append(i * 3)
    return out


for n in (0, 1, 3, 4, 5, 12, 13, 28, 29, 60, 61, 500, 1000):
    xs = grow(n)
    print(n, len(xs), xs[-1] if xs else None, sum(xs))


def rows(n, seed):
    out = []
    x = seed
    for i in range(n):
        x = (x * 1103515245 + 12345) & 0xFFFFFF
        out.append((x & 0xFF, (x >> 8) & 0xFF, [i, x]))
    return out


rs = rows(1500, 7)
print(len(rs), rs[0], rs[1], rs[-1])
acc = 0
for a, b, pair in rs:
    acc += a * b + pair[1] % 17
print("acc", acc)
merged = [(a + b, c) for (a, b, c) in rs if a > b]
print(len(merged), merged[:2], merged[-1])
del rs, merged


def pairs(n):
    s = 0
    last = None
    for i in range(n):
        p = (i, i * 2)
        a, b = p
        t = (a + 1, b - 1, None, True, 0.5)
        c, d, e, f, g = t
        s += c + d
        if i == n - 1:
            last = t
    return s, last


print(pairs(3000))


def nested(n):
    grid = []
    for r in range(n):
        row = []
        for c in range(n):
            row.append([r, c, (r * c, r + c)])
        grid.append(row)
    return grid


g = nested(25)
print(len(g), len(g[0]), g[3][7], g[-1][-1], g[24][0][2])
del g


def lists_of_pairs(n):
    out = []
    for i in range(n):
        out.append([i, [i + 1, [i + 2]], ()])
    return out


lp = lists_of_pairs(1500)
print(lp[0], lp[-1], lp[1000][1][1][0])
del lp


def comps(n):
    total = 0
    keep = None
    for j in range(n):
        sq = [k * k for k in range(j % 20)]
        total += len(sq) + (sq[-1] if sq else 0)
        keep = sq
    return total, keep


print(comps(1500))

big = [i for i in range(3000)]
print(len(big), big[-1], sum(big))
ev = [(i, -i) for i in range(3000) if i % 3 == 0]
print(len(ev), ev[-1])
del big, ev


def mutate(xs):
    n = 0
    for x in xs:
        if x % 5 == 0 and len(xs) < 400:
            xs.append(x + 1)
        n += 1
    return n, len(xs), xs[-3:]


print(mutate(list(range(100))))


def swap(n):
    a, b = 0, 1
    for i in range(n):
        a, b = b, (a + b) % 1000003
    return a, b


print(swap(3000))


def empty_tuples(n):
    out = []
    for i in range(n):
        out.append(())
        out.append([])
    return len(out), out[-2:], out[0] is out[2]


print(empty_tuples(1000))


def mixed(n):
    out = []
    for i in range(n):
        if i % 7 == 0:
            out.append((i, "seven"))
        else:
            out.append((i, i * 0.5))
    return out


m = mixed(1500)
print(m[0], m[1], m[-1], len(m))


def unpack_err(n):
    t = (1, 2, 3)
    for i in range(n):
        t = (i, i)
        if i == n - 1:
            t = (i, i, i)
        a, b = t
    return a


try:
    unpack_err(3000)
except ValueError as e:
    print(type(e).__name__, e)


def index_err(n):
    xs = []
    for i in range(n):
        xs.append([i])
    return xs[n]


try:
    index_err(3000)
except IndexError as e:
    print(type(e).__name__, e)

print(rows(2000, 3)[1500][2][0])


def enum(xs, start):
    s = 0
    for i, x in enumerate(xs, start):
        s += i * x
    for i, (a, b) in enumerate(((1, 2), (3, 4), (5, 6))):
        s += i + a * b
    pairs = 0
    for p in enumerate(xs):
        pairs += p[0]
    for i, r in enumerate(range(5)):
        s += i * r
    return s, pairs


print(enum(list(range(1000)), 0), enum([7] * 100, 10 ** 18))
print([i * v for i, v in enumerate([3, 1, 4, 1, 5])])
try:
    enum([1, 2], 2 ** 63 - 2)
except TypeError as e:
    print(type(e).__name__, e)
print(enum([1, 2, 3], 2 ** 63 - 2))


def tuple_loops(n):
    s = 0
    for j in range(n):
        for dr, dc in ((1, 0), (-1, 0), (0, 1), (0, -1)):
            s += dr * j + dc
        for x in (j, j + 1, None):
            if x is not None:
                s += x
    return s


print(tuple_loops(1000))
