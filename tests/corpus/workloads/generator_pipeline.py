# A generator pipeline: log records produced lazily, parsed, filtered, windowed, grouped
# and aggregated through chained generators, itertools, send() and yield from.
import itertools
from functools import reduce


def produce(n):
    state = 99
    for i in range(n):
        state = (state * 214013 + 2531011) % 2 ** 31
        level = ("DEBUG", "INFO", "WARN", "ERROR")[state % 4]
        yield f"{i:06d}|{level}|svc{(state >> 8) % 5}|{(state >> 12) % 1000}"


def parse(lines):
    for line in lines:
        seq, level, svc, ms = line.split("|")
        yield {"seq": int(seq), "level": level, "svc": svc, "ms": int(ms)}


def only(levels, records):
    return (r for r in records if r["level"] in levels)


def windows(it, size):
    it = iter(it)
    while True:
        chunk = list(itertools.islice(it, size))
        if not chunk:
            return
        yield chunk


def running_mean():
    total = count = 0
    mean = None
    while True:
        value = yield mean
        if value is None:
            break
        total += value
        count += 1
        mean = total / count
    return count


def flatten(nested):
    for x in nested:
        if isinstance(x, (list, tuple)):
            yield from flatten(x)
        else:
            yield x


def delegate(gen):
    result = yield from gen
    yield ("done", result)


recs = parse(produce(20000))
important = only({"WARN", "ERROR"}, recs)
stats = []
for w in windows(important, 1000):
    stats.append((w[0]["seq"], len(w), max(r["ms"] for r in w), sum(r["ms"] for r in w)))
print(len(stats), stats[:3], stats[-1])
by_svc = {}
for svc, group in itertools.groupby(sorted(parse(produce(5000)), key=lambda r: r["svc"]), key=lambda r: r["svc"]):
    g = list(group)
    by_svc[svc] = (len(g), reduce(lambda a, r: a + r["ms"], g, 0))
print(by_svc)
rm = running_mean()
next(rm)
means = [rm.send(r["ms"]) for r in itertools.islice(parse(produce(50)), 10)]
print([round(m, 2) for m in means])
try:
    rm.send(None)
except StopIteration as e:
    print("StopIteration", e.value)
print(list(flatten([1, [2, [3, (4, 5)], []], 6, [[[7]]]])))
print(list(delegate(x * x for x in range(4))), list(delegate(iter([]))))
pairs = itertools.pairwise(r["ms"] for r in parse(produce(10)))
print([b - a for a, b in pairs])
acc = list(itertools.accumulate((r["ms"] for r in parse(produce(8))), max))
print(acc, list(itertools.takewhile(lambda x: x < 500, acc)), list(itertools.dropwhile(lambda x: x < 500, acc)))
evens, odds = itertools.tee(r["seq"] for r in parse(produce(10)))
print(list(filter(lambda s: s % 2 == 0, evens)), sum(odds))
print(list(itertools.compress("ABCDEF", [1, 0, 1, 0, 1, 1])), list(itertools.chain.from_iterable(["ab", "cd"])))
print(list(itertools.starmap(pow, [(2, 5), (3, 2)])), list(itertools.zip_longest("ab", "xyz", fillvalue="-")))
total = sum(r["ms"] for r in parse(produce(30000)) if r["svc"] == "svc3")
print(total)
g = (i for i in range(3))
print(next(g), list(g), next(g, "end"))


def closer():
    try:
        yield 1
        yield 2
    finally:
        print("closed")


c = closer()
print(next(c))
c.close()
gen = produce(3)
print(list(gen), list(gen))
bad = parse(["x|y"])
try:
    next(bad)
except ValueError as e:
    print(type(e).__name__, e)
print(next(windows([], 3), "none"))
