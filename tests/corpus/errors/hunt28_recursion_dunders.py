# Recursion through dunder methods (session 28's hunt): CPython 3.11 counts
# a level for each rich comparison, repr()/str() of an object and call of a
# one-argument builtin (hash, abs, repr, bin...) besides the frames, so
# recursion through __eq__ or __hash__ fails about twice as early as plain
# recursion, with the message of the level that hit the limit.
import sys

depth = 0


def counted(body):
    def method(self, *args):
        global depth
        depth += 1
        return body(self)
    return method


cases = [
    ('__eq__', lambda s: s == 1, lambda o: o == 1),
    ('__lt__', lambda s: s < 1, lambda o: o < 1),
    ('__ne__', lambda s: s != 1, lambda o: o != 1),
    ('__eq__', lambda s: s in [1], lambda o: o in [2]),
    ('__hash__', lambda s: hash(s), hash),
    ('__abs__', lambda s: abs(s), abs),
    ('__index__', lambda s: hex(s), bin),
    ('__repr__', lambda s: repr(s), repr),
    ('__repr__', lambda s: f"{s!r}", repr),
    ('__getattr__', lambda s: s.other, lambda o: o.missing),
    ('__add__', lambda s: s + 1, lambda o: o + 1),
    ('__getitem__', lambda s: s[0], lambda o: o[0]),
]
for name, body, start in cases:
    K = type('K', (), {name: counted(body)})
    depth = 0
    try:
        start(K())
    except RecursionError as e:
        print(name, depth, e)


def rec(n):
    return rec(n + 1)


for limit in (200, 1000):
    sys.setrecursionlimit(limit)
    depth = 0
    try:
        rec(0)
    except RecursionError as e:
        print('plain', limit, e)
    for name, body, start in cases[:2]:
        K = type('K', (), {name: counted(body)})
        depth = 0
        try:
            start(K())
        except RecursionError as e:
            print(name, limit, depth, e, sys.getrecursionlimit())


class Node:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        return self.v == other


n = Node(0)
n.v = n
print(n == n)
