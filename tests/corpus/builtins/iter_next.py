# iter() with one argument and with a sentinel; next() with a default.
it = iter([1, 2])
print(next(it), next(it), next(it, "default"), next(it, None))
print(type(iter([])).__name__, type(iter(())).__name__, type(iter("")).__name__, type(iter({})).__name__, type(iter(set())).__name__, type(iter(range(3))).__name__)
print(type(iter({}.values())).__name__, type(iter({}.items())).__name__, iter(it) is it)
counter = [0]

def tick():
    counter[0] += 1
    return counter[0]

print(list(iter(tick, 5)), counter)
lines = iter(["a", "b", "", "c"])
print(list(iter(lambda: next(lines), "")), list(lines))
s = iter(tick, 100)
print(next(s), next(s), type(s).__name__)

def boom():
    raise StopIteration

print(list(iter(boom, 1)))
calls = []

def only_three():
    calls.append(1)
    if len(calls) > 3:
        raise ValueError("too many")
    return len(calls)

try:
    print(list(iter(only_three, 0)))
except ValueError as e:
    print(type(e).__name__, e, len(calls))

class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n

print(list(Countdown(3)), next(Countdown(1)), next(Countdown(0), "empty"))

class OldStyle:
    def __getitem__(self, i):
        if i > 2:
            raise IndexError
        return i * i

print(list(OldStyle()), list(iter(OldStyle())), 4 in OldStyle())

class BadIter:
    def __iter__(self):
        return 5

class NoNext:
    def __iter__(self):
        return self

tests = [
    lambda: iter(5),
    lambda: iter(None),
    lambda: iter(BadIter()),
    lambda: iter(NoNext()),
    lambda: next([1]),
    lambda: next(5, 1),
    lambda: iter(5, 1),
    lambda: iter(),
    lambda: next(),
    lambda: next(iter([]), 1, 2),
    lambda: next(iter([])),
]
for t in tests:
    try:
        print(t())
    except Exception as e:
        print(type(e).__name__, repr(e))
d = {"a": 1}
it = iter(d)
d["b"] = 2
try:
    next(it)
except RuntimeError as e:
    print(type(e).__name__, e)
st = {1}
it = iter(st)
st.add(2)
try:
    next(it)
except RuntimeError as e:
    print(type(e).__name__, e)
next(iter([]))
