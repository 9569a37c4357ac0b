# Calls of functions whose for loops have traces, from traced loops: for
# over ranges and lists in the callee, break and return out of them, a
# list the caller changes between calls, floats, big ints and an
# exception inside the called loop, then a traceback from inside it.

def total(xs):
    s = 0
    for x in xs:
        s += x
    return s

def squares(n):
    s = 0
    for i in range(n):
        s += i * i
    return s

def find(xs, v):
    for i in range(len(xs)):
        if xs[i] == v:
            return i
    return -1

def first_big(n, limit):
    c = 0
    for i in range(1, n):
        if i * i > limit:
            break
        c += i
    return c

def stepped(a, b, k):
    s = 0
    for i in range(a, b, k):
        s += i
    return s

data = [3, 1, 4, 1, 5, 9, 2, 6]
acc = 0
for n in range(4000):
    acc += total(data) + squares(n % 23) + find(data, n % 10) + first_big(n % 40, 200)
    if n % 500 == 0:
        data.append(n % 7)
print("sums", acc, len(data))

acc = 0
for n in range(3000):
    acc += stepped(n % 17, 40, 3) + stepped(50, n % 11, -4)
print("steps", acc)

vals = [1, 2, 3]
out = 0.0
for n in range(3000):
    if n == 2000:
        vals = [0.5, 1.5, 2.5]
    out += total(vals)
print("floats", out)

acc = 0
for n in range(2000):
    acc += squares(n % 7 + (2**40 if n > 1500 else 0) % 3)
print("more", acc)

def grow(n):
    x = 1
    for i in range(n):
        x = x * 1000003 + i
    return x

acc = 0
for n in range(2000):
    acc += grow(n % 5 + 1)
print("big ints", acc % 1000000007, acc.bit_length())

def ratio(xs):
    s = 0.0
    for x in xs:
        s += 1 / x
    return s

tot = 0.0
errors = 0
for n in range(1500):
    xs = [1, 2, 4, n % 9 - 4]
    try:
        tot += ratio(xs)
    except ZeroDivisionError as e:
        errors += 1
print("caught", errors, round(tot, 6))

rows = [[1, 2], [3, 4], [5]] * 500 + [[6, "7"]]
t = 0
for r in rows:
    t += total(r)
print("unreachable", t)
