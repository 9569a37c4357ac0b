# str concatenation, repetition, membership, iteration, hashing and immutability errors.
a, b = "foo", "bar"
print(a + b, a * 3, 3 * a, a * 0, a * -2, "" * 100, (a + b) * 2, a + "" == a)
print("o" in a, "oo" in a, "" in a, "x" not in a, "fb" in a + b, "ob" in a + b)
print([c for c in a], list(enumerate(b)), dict.fromkeys("aba"), set("hello") == set("ohel"))
s = ""
for i in range(5):
    s += str(i)
print(s, len(s))
acc = "x"
acc *= 3
print(acc, acc is not None)
print(str(5) + "5", "5" * int("3"), "-" * 20, "ab" * True, "ab" * False)
tests = [
    lambda: a + 1,
    lambda: 1 + a,
    lambda: a + None,
    lambda: a * 1.5,
    lambda: a * "2",
    lambda: a * [2],
    lambda: 1 in a,
    lambda: None in a,
    lambda: a - "o",
    lambda: -a,
    lambda: a / 2,
    lambda: a * (2**63),
    lambda: a[0].append,
]
for t in tests:
    try:
        print(t())
    except Exception as e:
        print(type(e).__name__, e)
try:
    a[0] = "F"
except TypeError as e:
    print(type(e).__name__, e)
try:
    a.x = 1
except AttributeError as e:
    print(type(e).__name__, e)
try:
    a.nosuchmethod()
except AttributeError as e:
    print(type(e).__name__, e)

class Rep:
    def __init__(self, n):
        self.n = n
    def __index__(self):
        return self.n
    def __radd__(self, other):
        return other + "!" * self.n

print("ab" * Rep(2), "hey" + Rep(3))
print(str.__add__("a", "b"), str.__mul__("ab", 2), str.__contains__("abc", "b"), str.__len__("four"), str.__getitem__("abc", -1))
print(str.__add__("a", 1))
