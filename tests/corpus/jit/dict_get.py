# dict.get in traced loops: int and str keys, present and absent keys,
# defaults, None values, values of several types, the dict mutated and
# replaced mid-loop, keys that only __eq__ can decide, a subclass's get.

class Task:
    def __init__(self, ident):
        self.ident = ident
        self.count = 0

tasks = {i: Task(i) for i in range(6)}
total = 0
for i in range(3000):
    t = tasks.get(i % 8)
    if t is None:
        total += 1
    else:
        t.count += 1
        total += t.ident
print("int keys", total, [t.count for t in tasks.values()])

words = {"a": 1, "bb": 2, "ccc": 3}
keys = ["a", "bb", "ccc", "dddd", "a"]
acc = 0
for i in range(2500):
    acc += words.get(keys[i % 5], -10)
print("str keys", acc)

# values change type mid-loop: ints, then None, then an object, then a float
mixed = {0: 5}
out = []
for i in range(2000):
    v = mixed.get(0, 0)
    if i == 700:
        mixed[0] = None
    elif i == 1200:
        mixed[0] = Task(9)
    elif i == 1600:
        mixed[0] = 2.5
    if v is None:
        out.append("none")
    elif isinstance(v, Task):
        out.append("task")
    else:
        out.append(v)
print("mixed", out[690:710:5], out[1195:1205:3], out[1598:1603], len(out))

# the dict grows, loses keys and is replaced while the loop runs
d = {}
hits = 0
for i in range(4000):
    if d.get(i % 50) is not None:
        hits += 1
    d[i % 37] = i
    if i % 500 == 0:
        d.pop(i % 37, None)
    if i == 3000:
        d = {k: k for k in range(10)}
print("mutated", hits, len(d))

# keys equal to ints that are not ints: a float, a bool, an object with
# __eq__ and the same hash
class Eq:
    def __init__(self, n):
        self.n = n
    def __hash__(self):
        return hash(self.n)
    def __eq__(self, other):
        return other == self.n

odd = {1.0: "float one", True: "bool true", 2: "two"}
odd[Eq(3)] = "eq three"
seen = []
for i in range(1500):
    seen.append(odd.get(i % 5, "none"))
print("odd keys", seen[:10], seen.count("eq three"), seen.count("float one"))

# a dict subclass overriding get, appearing mid-loop
class Shout(dict):
    def get(self, key, default=None):
        return str(dict.get(self, key, default)).upper()

maps = [{"k": "v"}] * 3 + [Shout(k="w")]
res = []
for i in range(1200):
    res.append(maps[(i // 300) % 4].get("k"))
print("subclass", res[0], res[899], res[900], res[1199], res.count("W"))

# a key that is unhashable raises inside the traced loop
try:
    for i in range(2000):
        k = i if i < 1500 else [i]
        total += words.get(k, 0) if isinstance(k, str) else tasks.get(k, Task(0)).ident
except TypeError as e:
    print(type(e).__name__, e)

# keyword default is not allowed
try:
    words.get("a", default=3)
except TypeError as e:
    print(type(e).__name__, e)
print(words.get(), end="")
