# Loops that read and write closure cells (LOADDEREF/STOREDEREF in a
# trace): nonlocal counters, a cell changing type mid-loop, a cell written
# by another function the loop calls, int overflow into big ints, an
# unbound cell, and cells holding lists and objects.
def counters(n):
    total = 0
    scale = 3
    def bump(k):
        nonlocal total
        total += k
    def run():
        nonlocal total
        acc = 0
        for i in range(n):
            acc += i * scale
            total += i & 7
            if i % 1000 == 999:
                bump(1)
        return acc
    first = run()
    scale = 2.5
    second = run()
    return first, second, total


print(counters(5000))


def type_change(n):
    v = 0
    def loop():
        nonlocal v
        for i in range(n):
            if i == n // 2:
                v = float(v)
            v += 1
        return v
    return loop()


print(type_change(4000))


def overflow(n):
    big = 2 ** 62
    def loop():
        nonlocal big
        for i in range(n):
            big += 2 ** 40
        return big
    return loop()


print(overflow(3000))


def unbound(n):
    def loop():
        s = 0
        for i in range(n):
            s += late
        return s
    try:
        return loop()
    except NameError as e:
        return type(e).__name__ + ': ' + str(e)
    late = 1


print(unbound(2000))


def holders(n):
    items = []
    box = {'k': 0}
    def loop():
        nonlocal items
        for i in range(n):
            items.append(i % 5)
            box['k'] += 1
            if i == n - 10:
                items = list(items)
        return len(items), box['k'], sum(items)
    return loop()


print(holders(3000))


def shadow(n):
    x = 10
    def loop():
        s = 0
        for i in range(n):
            s += x
        return s
    a = loop()
    x = 'ab'
    try:
        loop()
    except TypeError as e:
        print(type(e).__name__, e)
    x = 0.5
    return a, loop()


print(shadow(2500))
