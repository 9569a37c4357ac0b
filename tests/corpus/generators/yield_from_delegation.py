# yield from: send, throw and close reach the sub-iterator; return values
def inner():
    total = 0
    while True:
        try:
            x = yield total
        except KeyError as e:
            print("  inner caught", repr(e))
            x = 100
        if x is None:
            return total
        total += x

def outer():
    r = yield from inner()
    print("  inner returned", r)
    r2 = yield from [10, 20]
    print("  list gives", r2)
    return "outer done"

o = outer()
print(next(o), o.send(1), o.send(2), o.throw(KeyError("k")))
print(o.gi_yieldfrom is not None)
print(o.send(None))
print(next(o))
try:
    next(o)
except StopIteration as e:
    print("StopIteration", e.value)

class It:
    def __init__(self):
        self.n = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.n += 1
        if self.n > 2:
            raise StopIteration("it value")
        return self.n
    def throw(self, *args):
        print("  It.throw", args)
        return "thrown-result"
    def close(self):
        print("  It.close")

def deleg():
    v = yield from It()
    print("  It returned", v)
    yield "end"
d = deleg()
print(next(d), next(d), next(d))
d = deleg(); next(d)
print(d.throw(ValueError("v")))
d.close()

class NoThrow:
    def __iter__(self):
        return self
    def __next__(self):
        return 1
def deleg2():
    try:
        yield from NoThrow()
    except ValueError as e:
        print("  outer caught", e)
        yield "recovered"
d2 = deleg2(); next(d2)
print(d2.throw(ValueError("no throw method")))

def sub():
    try:
        yield 1
        yield 2
    finally:
        print("  sub finally")
def top():
    try:
        yield from sub()
    finally:
        print("  top finally")
t = top(); next(t)
t.close()

def chain(*its):
    for it in its:
        yield from it
print(list(chain("ab", range(3), (x * 2 for x in [5]))))

def bad_send():
    yield from [1, 2]
b = bad_send(); next(b)
try:
    b.send(5)
except AttributeError as e:
    print("AttributeError", e)

def pep479():
    yield from iter([])
    raise StopIteration("manual")
try:
    list(pep479())
except RuntimeError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__)

def deep():
    yield from failing()
def failing():
    yield 1
    raise ValueError("deep failure")
dd = deep()
next(dd)
next(dd)
