# A dict store after a lookup of the same dict and key that reached the
# trace by other routes (module-level `counts[w] = counts.get(w, 0) + 1`:
# the get's registers, then the globals for the store) reuses the lookup
# and stores into the entry. The reuse is guarded: the keys below are
# sometimes equal strs that are different objects, ints, a dict rebound
# in the middle of the loop, and a key deleted between rounds.
ALPHA = "abcdefg"
words = []
x = 7
for i in range(6000):
    x = (x * 1103515245 + 12345) & 0x7FFFFFFF
    w = ""
    for _ in range(2 + x % 3):
        w += ALPHA[x % 7]
        x //= 7
    words.append(w)

counts = {}
for w in words:
    counts[w] = counts.get(w, 0) + 1
print(len(counts), sum(counts.values()), sorted(counts.items())[:5])

# equal keys that are other objects: every second word is rebuilt
counts2 = {}
for i, w in enumerate(words):
    k = w if i % 2 else (w + "!")[:-1]
    counts2[k] = counts2.get(k, 0) + 1
print(counts2 == counts)

# int keys, some past the small-int range
ints = {}
for i in range(5000):
    k = (i * 7919) % 613 + (10**6 if i % 5 == 0 else 0)
    ints[k] = ints.get(k, 0) + i
print(len(ints), sum(ints.values()), ints.get(10**6), ints.get(12))

# the dict rebound mid-loop: later stores go to the new dict
a = {}
b = {"x": 100}
d = a
for i in range(3000):
    if i == 1500:
        d = b
    d["x"] = d.get("x", 0) + 1
print(a, b)

# a key deleted between rounds is re-inserted
counts3 = {}
for r in range(3):
    for w in words[:2000]:
        counts3[w] = counts3.get(w, 0) + 1
    del counts3[words[0]]
print(len(counts3), counts3.get(words[0]), counts3.get(words[1]))
