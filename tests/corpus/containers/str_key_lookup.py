# d[s], `s in d` and `s in set` with str keys: str subclasses, objects
# whose hash equals a str's (their __eq__ runs or raises), missing keys,
# non-ASCII keys and keys built at run time.

class S(str):
    pass

class Same:
    def __init__(self, s, log):
        self.s = s
        self.log = log
    def __hash__(self):
        return hash(self.s)
    def __eq__(self, other):
        self.log.append(other)
        return other == self.s

d = {"a": 1, "bb": 2, "ccc": 3, "é": 4, "日本": 5}
for k in ["a", "b" + "b", "cc" + "c", "\u00e9", "日" + "本", "zz", "", S("a"), S("q")]:
    print(repr(k), k in d, k not in d, d.get(k))
    try:
        print(d[k])
    except KeyError as e:
        print(type(e).__name__, e)
s = set(d)
print("a" in s, "x" in s, S("bb") in s, frozenset(s) >= {"a"}, "ccc" in frozenset(s))

log = []
e = {Same("key", log): "obj", "other": 1}
print("key" in e, e["key"], log)
print(e.get("key"), "nokey" in e, log)

class Raise:
    def __hash__(self):
        return hash("boom")
    def __eq__(self, other):
        raise ValueError("eq with %r" % (other,))
r = {Raise(): 1}
for probe in ["boom", "calm"]:
    try:
        print(probe in r)
    except ValueError as ex:
        print(type(ex).__name__, ex)
    try:
        print(r[probe])
    except (ValueError, KeyError) as ex:
        print(type(ex).__name__, ex)

class MissingDict(dict):
    def __missing__(self, key):
        return "missing " + key
md = MissingDict(a=1)
print(md["a"], md["b"], "b" in md)

words = {}
for i in range(3000):
    w = "w" + str(i % 500)
    words[w] = words.get(w, 0) + 1
    if w in words:
        words[w] += 1
print(len(words), words["w0"], words["w499"], sum(words.values()))
print({}["nothing"])
