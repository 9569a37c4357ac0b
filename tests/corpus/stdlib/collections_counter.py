# collections.Counter: counting, most_common, elements, update, subtract,
# arithmetic, comparisons and the repr's ordering.
from collections import Counter

c = Counter("abracadabra")
print(c)
print(c["a"], c["z"], len(c), c.total())
print(c.most_common(), c.most_common(2), c.most_common(0))
print(sorted(c.elements()))
print(list(Counter(b=2, a=1, c=0, d=-1).elements()))
c.update("aaz")
c.update({"b": 10})
c.update(q=3)
print(c)
c.subtract("aaaa")
c.subtract({"q": 5})
print(c)
del c["nothing"]
del c["z"]
print(c)
a = Counter(a=3, b=1, c=-2)
b = Counter(a=1, b=2, d=4)
print(a + b, a - b, a | b, a & b)
print(+a, -a)
x = Counter(a=1)
x += Counter(a=2, b=-1)
print(x)
x -= Counter(a=5)
print(x)
print(Counter(a=1) == Counter(a=1, b=0), Counter(a=1) != Counter(a=2))
print(Counter(a=1) <= Counter(a=2), Counter(a=3) > Counter(a=2), Counter() < Counter(a=1))
print(Counter(), repr(Counter()), Counter({"x": 2, "y": 5}))
print(Counter([1, 2, 2, 3, 3, 3]).most_common(1))
print(isinstance(c, dict), type(c).__name__)
try:
    Counter.fromkeys("abc")
except NotImplementedError as e:
    print(type(e).__name__, e)
print(Counter("hello world").most_common(3))
d = c.copy()
print(d == c, d is c, type(d).__name__)
words = "the quick brown fox jumps over the lazy dog the end".split()
print(Counter(words).most_common(2))
print(Counter(a=1) + 1 if False else "ok")
try:
    Counter(a=1) + 1
except TypeError as e:
    print(type(e).__name__, e)
