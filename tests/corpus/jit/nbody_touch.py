# Fields of one object read in a traced loop: the compiled code checks
# each object's memory bounds once, for its furthest field, before the
# first of them (wasmgen/boundtouch.go). That first check may look past
# a shorter object than the trace expects (the guard that rejects it
# comes later), so objects of other shapes, fresh objects at the end of
# the heap and far items must all still behave exactly as interpreted.


def walk(rows, n):
    total = 0.0
    for _ in range(n):
        for (a, b, c), (x, y) in rows:
            total += a * x - b * y + c
    return total


def make(k):
    return [((1.0 * i, 2.0, 0.5 * i), (0.25, 1.0 * i)) for i in range(k)]


rows = make(8)
print(repr(walk(rows, 5000)))

# A short tuple after warm-up: the unpacking raises as in CPython.
rows = make(8)
walk(rows, 3000)
rows[5] = ((1.0, 2.0), (0.25, 1.0))
try:
    walk(rows, 10)
except ValueError as e:
    print("ValueError:", e)

# A long one.
rows = make(8)
rows[2] = ((1.0, 2.0, 3.0, 4.0), (0.25, 1.0))
try:
    walk(rows, 10)
except ValueError as e:
    print("ValueError:", e)

# Not a tuple at all.
rows = make(8)
rows[7] = (3, (0.25, 1.0))
try:
    walk(rows, 10)
except TypeError as e:
    print("TypeError:", e)


# Fresh objects made in the loop (the newest blocks of the heap), read
# at constant offsets far into a list.
def fresh(n):
    acc = 0
    for i in range(n):
        t = (i, i + 1, i + 2, i + 3)
        big = [i] * 300
        acc += t[0] + t[3] + big[0] + big[299] + big[150]
    return acc


print(fresh(20000))


def far(lst, n):
    s = 0
    for _ in range(n):
        s += lst[0] + lst[250] + lst[10]
    return s


print(far(list(range(260)), 20000))
short = list(range(200))
try:
    print(far(short, 20000))
except IndexError as e:
    print("IndexError:", e)
