# Interior dict stores (`d[k] += v`, `d[k] = d[k] + v`) into ordinary dicts,
# class dicts, instance dicts, builtins and globals, mixed with global,
# builtin, class-attribute and instance-attribute loads in the same hot loop.
# Guards any narrowing of the alias classes of dict-entry stores: every read
# must see the stores of the same iteration.
import builtins

LIMIT = 3


class C:
    step = 1

    def __init__(self):
        self.v = 0


def counting(words):
    counts = {}
    pairs = {}
    t = 0
    for i in range(len(words) - 1):
        w = words[i]
        counts[w] = counts.get(w, 0) + 1
        key = w + " " + words[i + 1]
        if key in pairs:
            pairs[key] += LIMIT
        else:
            pairs[key] = 1
        t += pairs[key] + counts[w]
    return t, sorted(counts.items()), len(pairs)


def classdict(n):
    c = C()
    cd = C.__dict__
    t = 0
    for i in range(n):
        c.__dict__["v"] += C.step
        t += c.v
        if i == n // 2:
            C.step = 2
        t += cd["step"]
    C.step = 1
    return t, c.v


def globalsdict(n):
    g = globals()
    t = 0
    for i in range(n):
        g["LIMIT"] += 1
        t += LIMIT
        if i % 7 == 0:
            g["LIMIT"] = g["LIMIT"] - 3
        t += LIMIT
    return t, LIMIT


def builtinsdict(n):
    b = builtins.__dict__
    b["dictwords_extra"] = 0
    t = 0
    for i in range(n):
        b["dictwords_extra"] += 2
        t += dictwords_extra  # noqa: F821 (lives in builtins)
        t += len("ab")
    del b["dictwords_extra"]
    return t


def mixed(n):
    d = {"LIMIT": 0, "len": 0}
    t = 0
    for i in range(n):
        d["LIMIT"] += 1
        d["len"] += LIMIT
        t += d["LIMIT"] + LIMIT + len(d)
    return t, d


ws = [("ab", "cd", "ef", "ab", "gh", "cd", "ab")[i % 7] + str(i % 5) for i in range(700)]
print(counting(ws))
print(classdict(600))
print(globalsdict(600))
print(builtinsdict(600))
print(mixed(600))
