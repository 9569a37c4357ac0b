# deque errors: empty pops, bad indexes, maxlen, mutation during iteration
# and comparison, argument checking.
from collections import deque


def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


show("pop", lambda: deque().pop())
show("popleft", lambda: deque().popleft())
show("index range", lambda: deque([1])[5])
show("neg index range", lambda: deque([1])[-2])
show("str index", lambda: deque([1])["a"])
show("slice", lambda: deque([1, 2])[0:1])
show("float index", lambda: deque([1])[0.0])
show("big index", lambda: deque([1])[2**70])


def setitem():
    d = deque([1])
    d[3] = 0


def delitem():
    d = deque()
    del d[0]


show("setitem", setitem)
show("delitem", delitem)
show("index missing", lambda: deque([1, 2]).index(3))
show("index window", lambda: deque([1, 2, 3]).index(1, 1))
show("index bad start", lambda: deque([1]).index(1, "a"))
show("remove missing", lambda: deque(["a"]).remove("b"))
show("maxlen negative", lambda: deque(maxlen=-1))
show("maxlen str", lambda: deque([], "3"))
show("maxlen float", lambda: deque(maxlen=2.5))
show("too many", lambda: deque([], 1, 2))
show("bad keyword", lambda: deque(foo=1))
show("not iterable", lambda: deque(5))
show("extend not iterable", lambda: deque().extend(5))
show("append kw", lambda: deque().append(x=1))
show("append none", lambda: deque().append())
show("pop arg", lambda: deque([1]).pop(0))
show("rotate two", lambda: deque().rotate(1, 2))
show("rotate str", lambda: deque().rotate("x"))
show("insert one", lambda: deque().insert(1))
show("index none", lambda: deque().index())
show("insert full", lambda: deque([1, 2], maxlen=2).insert(0, 0))
show("concat list", lambda: deque() + [1])
show("mul str", lambda: deque() * "a")
show("mul float", lambda: deque([1]) * 1.5)
show("lt list", lambda: deque() < [1])
show("lt mixed", lambda: deque([1]) < deque(["a"]))


def set_maxlen():
    d = deque()
    d.maxlen = 3


show("set maxlen", set_maxlen)

for op in ["rotate", "reverse", "setitem", "append", "pop", "clear", "insert",
           "remove", "extend", "iadd", "imul", "delitem"]:
    d = deque([1, 2, 3])
    it = iter(d)
    next(it)
    try:
        if op == "rotate":
            d.rotate(1)
        elif op == "reverse":
            d.reverse()
        elif op == "setitem":
            d[0] = 5
        elif op == "append":
            d.append(1)
            d.pop()
        elif op == "pop":
            d.pop()
            d.append(3)
        elif op == "clear":
            d.clear()
            d.extend([1, 2, 3])
        elif op == "insert":
            d.insert(0, 1)
            d.popleft()
        elif op == "remove":
            d.remove(1)
            d.appendleft(1)
        elif op == "extend":
            d.extend([])
        elif op == "iadd":
            d += []
        elif op == "imul":
            d *= 1
        elif op == "delitem":
            del d[0]
            d.appendleft(1)
        print(op, list(it))
    except RuntimeError as e:
        print(op, type(e).__name__, e)
        show("again", lambda: next(it))

d = deque([1, 2, 3])
try:
    for x in d:
        if x == 2:
            d.append(99)
except RuntimeError as e:
    print("loop", e)


class Meddler:
    def __init__(self, d):
        self.d = d

    def __eq__(self, other):
        self.d.append(0)
        return False


d = deque([1, 2])
d.append(Meddler(d))
show("count", lambda: d.count(5))
show("contains", lambda: 5 in d)
show("index", lambda: d.index(5))
show("remove", lambda: d.remove(5))

deque().popleft()
