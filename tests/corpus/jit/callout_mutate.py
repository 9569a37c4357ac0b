# Residual calls that change what the loop around them reads: the callee
# rebinds a global, appends to and shrinks a list the loop indexes,
# changes an attribute and a dict entry, and turns a value the loop uses
# into another type; the loop must see every change right after the call.

scale = 1
log = []


def walk(n):
    global scale
    if n <= 0:
        if len(log) % 97 == 0:
            scale += 1
        log.append(n)
        return 1
    t = 0
    for i in range(2):
        t += walk(n - 1) * scale
    return t


print("global", walk(10), scale, len(log))

items = [1, 2, 3]


def grow(n):
    if n <= 0:
        items.append(len(items))
        if len(items) > 40:
            del items[5:]
        return 0
    s = 0
    for i in range(3):
        s += grow(n - 1) + items[-1] + len(items)
    return s


print("list", grow(6), items)


class Box:
    pass


box = Box()
box.v = 0
table = {"k": 0}


def poke(n):
    if n <= 0:
        box.v += 1
        if not isinstance(table["k"], str):
            table["k"] = table["k"] + 2
        if box.v % 50 == 0:
            box.v = float(box.v)
        if box.v % 70 == 0:
            table["k"] = "s"
        return 0
    acc = 0
    for i in range(3):
        poke(n - 1)
        acc += box.v if isinstance(table["k"], str) else table["k"]
    return acc


print("attr", poke(6), box.v, table)

mode = [0]


def flip(n):
    if n <= 0:
        mode[0] += 1
        if mode[0] % 40 < 20:
            return mode[0]
        if mode[0] % 40 < 30:
            return mode[0] * 0.5
        return str(mode[0])
    out = []
    for i in range(2):
        r = flip(n - 1)
        if isinstance(r, list):
            out.append(len(r))
        else:
            out.append(type(r).__name__)
    return out


res = flip(8)
print("types", len(res), res[0])

counter = 0


def bump(n):
    global counter
    counter += n
    if n <= 0:
        return counter
    return bump(n - 1)


total = 0
for i in range(5000):
    total += bump(i % 4) + counter
print("module loop", total, counter)

fns = []


def rebind(n):
    global rebind_target
    if n % 500 == 499:
        rebind_target = lambda x: x * 2 if x > 0 else rebind(x)
    return n


def rebind_target(x):
    return x + 1 if x > 0 else rebind(x)


t = 0
for i in range(3000):
    t += rebind_target(i) + rebind(i)
print("rebound", t)
