# Constant subscripts of one list in a traced loop (nbody's v[0], v[1],
# v[2]): the JIT checks the list's length once, for the largest constant
# index, before the first subscript (trace/opt/abcwiden.go). A list that
# is too short must still update the items before the missing one and
# raise the same IndexError, with the same partial state.


def advance(pairs, n, dt):
    for _ in range(n):
        for (a, b, m) in pairs:
            d = a[0] - b[0]
            a[0] -= d * m * dt
            a[1] -= d * m * dt * 0.5
            a[2] -= d * m * dt * 0.25
            b[0] += d * dt
            b[1] += d * dt * 0.5
            b[2] += d * dt * 0.25


def make(k):
    out = []
    for i in range(k):
        a = [1.0 + i, 2.0 * i, 0.5]
        b = [0.25 * i, 1.0, -1.5 + i]
        out.append((a, b, 0.001 * (i + 1)))
    return out


pairs = make(6)
advance(pairs, 40000, 0.001)
print([[repr(v) for v in a + b] for (a, b, m) in pairs[:2]])

# One pair's first list loses an item: the loop raises at a[2] after
# a[0] and a[1] (and every earlier pair) were updated in this iteration.
pairs = make(6)
advance(pairs, 2000, 0.01)
pairs[3][0].pop()
try:
    advance(pairs, 2000, 0.01)
except IndexError as e:
    print("IndexError:", e)
print([repr(v) for v in pairs[3][0]], [repr(v) for v in pairs[2][0]], repr(pairs[4][0][0]))

# The second list too short: b[0] and b[1] updated, b[2] raises.
pairs = make(5)
advance(pairs, 2000, 0.01)
pairs[1][1].pop()
try:
    advance(pairs, 500, 0.01)
except IndexError as e:
    print("IndexError:", e)
print([repr(v) for v in pairs[1][0] + pairs[1][1]])

# Longer lists and lists that grew in between are fine.
pairs = make(4)
advance(pairs, 1500, 0.01)
for (a, b, m) in pairs:
    a.append(9.0)
    b.insert(0, -9.0)
advance(pairs, 1500, 0.01)
print([[repr(v) for v in a + b] for (a, b, m) in pairs[:2]])


# Negative constant indices and a mix of constants beside a variable one.
def mixed(rows, n):
    t = 0.0
    for _ in range(n):
        for r in rows:
            r[-1] += r[0] * 0.5
            r[1] -= r[-2] * 0.25
            t += r[2] + r[len(r) - 1]
    return t


rows = [[1.0, 2.0, 3.0, 4.0], [0.5, 0.25, 0.125, 0.0625], [2.0, 1.0, 0.5, 0.25]]
print(repr(mixed(rows, 2000)))
rows.append([1.0, 2.0])
try:
    mixed(rows, 10)
except IndexError as e:
    print("IndexError:", e)
print([[repr(v) for v in r] for r in rows])


# A constant register written again inside the loop's function by an
# exception handler's path: still the same values.
def handled(xs, n):
    s = 0
    for i in range(n):
        try:
            s += xs[0] + xs[1] + xs[2]
            if i % 997 == 0:
                raise ValueError(i)
        except ValueError:
            s -= 1
    return s


print(handled([1, 2, 3], 5000), handled([4, 5, 6], 3000))
try:
    handled([1, 2], 100)
except IndexError as e:
    print("IndexError:", e)
