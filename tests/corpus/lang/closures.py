# closures, nonlocal and global.
def counter():
    count = 0

    def inc():
        nonlocal count
        count += 1
        return count
    return inc


c1, c2 = counter(), counter()
print(c1(), c1(), c2(), c1())
adders = [lambda x, n=n: x + n for n in range(3)]
print([a(10) for a in adders])
late = [lambda x: x + n for n in range(3)]
print([a(10) for a in late])
G = 1


def setg():
    global G
    G = 42


setg()
print(G)


def make_multiplier(k):
    def mul(x):
        return x * k
    return mul


print(make_multiplier(3)(7), list(map(make_multiplier(2), [1, 2, 3])))


def outer():
    x = "outer"

    def middle():
        def inner():
            return x
        return inner()
    return middle()


print(outer())
