# Set and frozenset membership probed by the trace in wasm (int and str
# keys): hits and misses, ints that hash to themselves, -1 and -2 (both
# hash -2), ints at and past 2**61-1 (their hash is reduced), keys of other
# types that equal an int (1.0, True) or share a hash tag, strs equal in
# text but not identity, strs hashed for the first time inside the loop,
# non-ASCII and empty strs, and a key class with __eq__/__hash__ that
# collides with the int keys, met in the middle of a loop.


class Key:
    calls = 0

    def __init__(self, v):
        self.v = v

    def __hash__(self):
        return hash(self.v)

    def __eq__(self, other):
        Key.calls += 1
        return self.v == (other.v if isinstance(other, Key) else other)


def int_keys():
    s = set(range(0, 5000, 3))
    fs = frozenset(range(0, 5000, 7))
    a = b = c = 0
    for i in range(6000):
        if i in s:
            a += 1
        if i not in fs:
            b += 1
        if i in s and i + 1 not in fs:
            c += i
    print("ints", a, b, c)


def odd_ints():
    big = 2**61 - 1
    s = {-1, -2, -3, big, big + 1, -big, 2**62, -(2**62), 0, 1 << 40}
    probes = [-1, -2, -3, -4, big, big - 1, big + 1, -big, -big + 1, 2**62, 2**63 - 1, -(2**63), 0, 1 << 40, 5]
    found = []
    for r in range(300):
        for p in probes:
            if p in s:
                found.append(p)
    print("odd", len(found), sorted(set(found)))


def equal_other_types():
    s = {1.0, True, 2.5, None, "x", (1, 2), 7}
    hits = []
    for i in range(2000):
        k = i % 10
        if k in s:
            hits.append(k)
    print("mixed", len(hits), sorted(set(hits)))
    t = set(range(100))
    t.add(3.0)  # a float equal to a key already there: no new entry
    t.add(150.0)
    n = 0
    for i in range(3000):
        if i % 200 in t:
            n += 1
    print("float key", n, len(t))


def str_keys():
    words = ["alpha", "beta", "gamma", "delta", "epsilon", "zeta", "", "é", "ünïcode", "a" * 40]
    s = set(words)
    fs = frozenset(w.upper() for w in words)
    hits = misses = up = 0
    for r in range(400):
        for w in words:
            fresh = w[:1] + w[1:]  # equal text, often another object
            if fresh in s:
                hits += 1
            if fresh + "!" not in s:  # hashed for the first time here
                misses += 1
            if fresh.upper() in fs:
                up += 1
    print("strs", hits, misses, up)
    long_keys = {("k%d" % i) * 3 for i in range(500)}
    n = 0
    for i in range(1500):
        if ("k%d" % i) * 3 in long_keys:
            n += 1
    print("long strs", n)


def user_key_midloop():
    s = set(range(0, 300, 2))
    found = 0
    for i in range(3000):
        if i == 1500:
            s.add(Key(1001))  # collides with the int 1001's slot path
            s.add(Key("word"))
        if i % 1200 in s:
            found += 1
        if 1001 in s:
            found += 100
    print("user key", found, Key.calls > 0)


def str_collision_class():
    class S:
        def __init__(self, t):
            self.t = t

        def __hash__(self):
            return hash(self.t)

        def __eq__(self, other):
            return other == self.t

    s = {"abc", "abd"}
    n = 0
    for i in range(2000):
        if i == 1000:
            s.add(S("zzz"))
        if ("ab" + "cdz"[i % 3]) in s:
            n += 1
        if "zzz" in s:
            n += 1000
    print("str user key", n)


def fresh_hashes():
    # The probe hashes a fresh ASCII str in wasm and caches the hash in
    # the str; hash() afterwards must give CPython's value.
    s = {"k%d" % i for i in range(0, 400, 3)}
    fresh = ["k%d" % i + "" for i in range(400)] + ["long key number %d!" % i for i in range(50)] + ["é%d" % i for i in range(20)]
    n = 0
    for w in fresh:
        if w in s:
            n += 1
    print("fresh", n, [hash(w) for w in fresh[::97]], sum(hash(w) % 1000003 for w in fresh))


int_keys()
fresh_hashes()
odd_ints()
equal_other_types()
str_keys()
user_key_midloop()
str_collision_class()
