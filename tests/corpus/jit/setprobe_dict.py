# Dict lookups probed by the trace in wasm: `k in d`, `d[k]`, `d[k] += 1`
# on an existing key, `d.get(k, default)`, with int and str keys, values of
# several types, missing keys (KeyError caught, and one uncaught at the
# end), keys of other types sharing a hash (1.0, True), a user key class
# colliding mid-loop, and the dict resized and cleared inside the loop.


class Key:
    def __init__(self, v):
        self.v = v

    def __hash__(self):
        return hash(self.v)

    def __eq__(self, other):
        return self.v == (other.v if isinstance(other, Key) else other)


def counts():
    words = ["w%d" % (i % 37) for i in range(3000)]
    c = {}
    for w in words:
        c[w] = c.get(w, 0) + 1
    pairs = {}
    for i in range(len(words) - 1):
        key = words[i] + " " + words[i + 1]
        if key in pairs:
            pairs[key] += 1
        else:
            pairs[key] = 1
    print("counts", len(c), c["w3"], len(pairs), max(pairs.values()), sum(pairs.values()))


def int_dict():
    d = {i: i * i for i in range(0, 2000, 3)}
    t = m = 0
    for i in range(3000):
        if i in d:
            t += d[i]
        else:
            m += 1
        t += d.get(i + 1, -1)
    print("ints", t, m)
    e = {1.0: "one", True: "T", 2: 2.5, 3: None, 4: "four", 5: (5,)}
    out = []
    for i in range(600):
        k = i % 7
        if k in e:
            out.append(repr(e[k]))
        out.append(repr(e.get(k)))
    print("mixed", len(out), out[:14])


def inc_existing():
    d = dict.fromkeys(range(50), 0)
    s = {str(i): 0 for i in range(50)}
    for i in range(5000):
        d[i % 50] += 1
        s[str(i % 50)] += 2
    print("inc", sum(d.values()), d[7], sum(s.values()), s["49"])


def missing():
    d = {i: i for i in range(10)}
    n = 0
    for i in range(40):
        try:
            n += d[i]
        except KeyError as e:
            n -= 1
            last = e
    print("missing", n, type(last).__name__, last)


def user_key():
    d = {i: i for i in range(100)}
    n = 0
    for i in range(2000):
        if i == 1000:
            d[Key(5)] = "replaced?"
            d[Key(500)] = "new"
        if i % 600 in d:
            n += 1
        n += len(str(d.get(500, "")))
    print("user key", n, d[5], len(d))


def resize_clear():
    d = {}
    n = 0
    for i in range(20000):
        d[i] = i
        if i - 1 in d:
            n += d[i - 1] % 3
        if i == 10000:
            d.clear()
    print("resize", n, len(d))


counts()
int_dict()
inc_existing()
missing()
user_key()
resize_clear()
d = {"a": 1, "b": 2}
for w in ["a", "b", "a", "c"] * 500:
    d[w] += 1
