# Membership (in / not in) inside traced loops: sets, frozensets and dicts
# of ints, strs and tuples; lists and tuples of ints; str in str. Keys whose
# hashes collide, and keys of a class with its own __eq__/__hash__ showing
# up in the middle of a loop (the trace must give way to the interpreter).


class Key:
    calls = 0

    def __init__(self, v):
        self.v = v

    def __hash__(self):
        return hash(self.v)

    def __eq__(self, other):
        Key.calls += 1
        if isinstance(other, Key):
            return self.v == other.v
        return self.v == other


def ints():
    s = set(range(0, 3000, 3))
    fs = frozenset(range(0, 3000, 5))
    d = {k: k * k for k in range(0, 3000, 7)}
    a = b = c = 0
    for i in range(4000):
        if i in s:
            a += 1
        if i not in fs:
            b += 1
        if (i - 1000) in d:
            c += d[i - 1000]
    print("ints", a, b, c)


def strs():
    words = ["w%d" % i for i in range(0, 500, 2)]
    s = set(words)
    d = dict.fromkeys(words[::3], 1)
    hits = misses = dh = 0
    for i in range(3000):
        w = "w" + str(i % 600)
        if w in s:
            hits += 1
        else:
            misses += 1
        if w in d:
            dh += 1
    print("strs", hits, misses, dh)


def tuples():
    pts = {(x % 31, x // 31) for x in range(900)}
    n = 0
    for i in range(40):
        for j in range(40):
            if (j, i) in pts and (i, j) not in pts:
                n += 1
    print("tuples", n)


def collisions():
    # -1 and -2 share a hash in CPython; multiples of 2**61 - 1 collide
    # with 0; floats equal to ints find them.
    m = 2 ** 61 - 1
    s = {0, -2, m, 2 * m, 5}
    found = []
    for i in range(3000):
        k = (-1, -2, 0, m, 2 * m, 3 * m, 5)[i % 7]
        if k in s:
            found.append(k)
    print("collisions", len(found), sorted(set(found)))
    fl = {1.0, 2.5, 3}
    cnt = 0
    for i in range(3000):
        if i % 5 in fl:
            cnt += 1
    print("float keys", cnt)


def user_keys():
    s = set(range(100))
    n = 0
    for i in range(3000):
        if i == 2000:
            # A key whose __eq__ decides from now on, hash-colliding
            # with the int 7.
            s.add(Key(7))
            s.discard(7)
        if 7 in s:
            n += 1
    print("user keys", n, Key.calls > 0)
    d = {}
    for i in range(200):
        d[i] = i
    tot = 0
    for i in range(3000):
        k = i % 250
        if i == 1500:
            d[Key(300)] = -1
        if k in d:
            tot += d[k]
    print("user dict", tot)


def sequences():
    lst = list(range(0, 60, 4))
    tup = tuple(range(1, 60, 6))
    a = b = 0
    for i in range(3000):
        if i % 60 in lst:
            a += 1
        if i % 60 not in tup:
            b += 1
        if i == 1700:
            lst.append(61)
            lst[0] = 2.0
    print("seq", a, b)
    mixed = [1, "a", None, (1, 2), 3.0]
    c = 0
    for i in range(3000):
        if i % 4 in mixed:
            c += 1
    print("mixed", c)


def strings():
    text = "the quick brown fox jumps over the lazy dog" * 3
    subs = ["the", "fox", "cat", "dog", "", "zz", "o"]
    n = 0
    for i in range(3000):
        if subs[i % 7] in text:
            n += 1
    print("str in str", n)


def errors():
    s = {1, 2, 3}
    try:
        for i in range(3000):
            k = [i] if i == 2500 else i
            if k in s:
                pass
    except TypeError as e:
        print(type(e).__name__, e)
    try:
        for i in range(3000):
            x = None if i == 2500 else "a"
            if x in "abc":
                pass
    except TypeError as e:
        print(type(e).__name__, e)


ints()
strs()
tuples()
collisions()
user_keys()
sequences()
strings()
errors()
