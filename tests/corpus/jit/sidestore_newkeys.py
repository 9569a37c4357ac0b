# Counting loops whose side trace stores new keys (a host call the gate
# lets through on side traces): str and int keys, new keys interleaved with
# known ones, the dict rebound mid-loop, and the module's own globals().
def words(n, seed):
    out = []
    x = seed
    for i in range(n):
        x = (x * 1103515245 + 12345) & 0x7FFFFFFF
        out.append("w" + str(x % 700))
    return out

ws = words(6000, 3)
counts = {}
for w in ws:
    counts[w] = counts.get(w, 0) + 1
print(len(counts), counts[ws[0]], counts[ws[-1]], sorted(counts.items())[:3])

nums = {}
for i in range(6000):
    k = (i * 7919) % 1300
    nums[k] = nums.get(k, 0) + i
print(len(nums), nums[0], nums[1299], sum(nums.values()))

a, b = {}, {}
d = a
for i, w in enumerate(ws):
    if i == 3000:
        d = b
    d[w] = d.get(w, 0) + 1
print(len(a), len(b), sum(a.values()), sum(b.values()))

g = globals()
for i in range(3000):
    name = "gk" + str(i % 450)
    g[name] = g.get(name, 0) + 1
print(gk0, gk449, len([k for k in g if k.startswith("gk")]))

mixed = {}
for i in range(4000):
    k = i % 500 if i % 3 else "s" + str(i % 300)
    mixed[k] = mixed.get(k, 0) + 1
print(len(mixed), mixed[1], mixed["s0"])
