# Called loops that store into lists: the callee's frame is real once its
# loop's trace runs, so its stores are recorded there; exits after them
# (a type error, an index error) resume inside the callee with the stores
# done, as in the interpreter.

def fill(xs, v):
    for i in range(len(xs)):
        xs[i] = v + i
    return xs[-1]

def scale(xs, k):
    i = 0
    n = len(xs)
    while i < n:
        xs[i] = xs[i] * k
        i += 1
    return xs[0]

buf = [0] * 12
acc = 0
for n in range(5000):
    acc += fill(buf, n)
    acc += scale(buf, 3 if n % 2 else 0.5)
print("fill and scale", acc, buf[:4])

acc2 = 0
for n in range(3000):
    buf2 = [1, 2, 3, n]
    if n >= 2500:
        buf2[1] = "x"
    try:
        acc2 += scale(buf2, 2)
    except TypeError as e:
        acc2 += 1
print("str items", acc2, buf2)

def shift(xs, k):
    i = 0
    while i < k:
        xs[i] = xs[i + 1]
        i += 1
    return i

data = list(range(10))
hits = 0
for n in range(3000):
    try:
        hits += shift(data, n % 12)
    except IndexError as e:
        hits -= 1
        last = str(e)
print("index errors", hits, last, data)

def halves(xs):
    i = 0
    while i < len(xs):
        xs[i] = xs[i] // 2
        i += 1
    return xs

rows = [[8, 4], [6, 2, 10]] * 700 + [[1, None]]
t = 0
for r in rows:
    t += sum(halves(list(r)))
print("unreachable", t)
