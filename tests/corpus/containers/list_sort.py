# list.sort: stability, key=, reverse= (stable too), in-place, errors, mutation during sort.
records = [("ann", 31, "x"), ("bob", 25, "y"), ("cid", 31, "z"), ("dee", 25, "w"), ("eve", 40, "v"), ("fay", 31, "u")]
by_age = sorted(records, key=lambda r: r[1])
print([r[0] for r in by_age])
rev = sorted(records, key=lambda r: r[1], reverse=True)
print([r[0] for r in rev])
multi = sorted(sorted(records, key=lambda r: r[0], reverse=True), key=lambda r: r[1])
print([r[0] for r in multi])
lst = [5, 3, 8, 1, 9, 2]
result = lst.sort()
print(result, lst)
lst.sort(reverse=True)
print(lst)
lst.sort(key=lambda v: (v % 3, v))
print(lst)
words = ["Pear", "apple", "fig", "Banana", "kiwi", "date"]
words.sort()
print(words)
words.sort(key=str.lower)
print(words)
words.sort(key=len)
print(words)
words.sort(key=len, reverse=True)
print(words)
mixed = [3, 1.5, True, -2, 0.0, 10**20, -0.5]
mixed.sort()
print(mixed)
nested = [[2, "b"], [1, "z"], [2, "a"], [1]]
nested.sort()
print(nested)
big = list(range(1000, 0, -1))
big.sort()
print(big[:5], big[-3:], big == sorted(big))
calls = []

def key(v):
    calls.append(v)
    return -v

vals = [3, 1, 2]
vals.sort(key=key)
print(vals, calls)
tests = [
    lambda: [3, "a", 1].sort(),
    lambda: [1, 2].sort(key=5),
    lambda: [1, 2].sort(lambda x: x),
    lambda: [1, None].sort(),
    lambda: [[1], (1,)].sort(),
    lambda: [1, 2].sort(key=lambda x: x / 0),
    lambda: [1, 2].sort(reverse="yes") or "accepted",
    lambda: [1, 2].sort(bogus=True),
]
for t in tests:
    try:
        print(t())
    except Exception as e:
        print(type(e).__name__, e)
partial = [3, 1, "x", 2]
try:
    partial.sort()
except TypeError:
    pass
print(sorted(partial, key=str))
victim = [3, 2, 1]

def meddle(v):
    victim.append(v)
    return v

try:
    victim.sort(key=meddle)
except ValueError as e:
    print(type(e).__name__, e)

class Card:
    order = "23456789TJQKA"
    def __init__(self, s):
        self.rank, self.suit = s[0], s[1]
    def __lt__(self, other):
        return self.order.index(self.rank) < self.order.index(other.rank)
    def __repr__(self):
        return self.rank + self.suit

hand = [Card(c) for c in ["Kh", "2s", "Ah", "Ts", "2h", "Kd"]]
hand.sort()
print(hand)
hand.sort(reverse=True)
print(hand)
