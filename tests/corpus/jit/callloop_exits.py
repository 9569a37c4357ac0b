# Leaving a called loop's trace in the middle of the callee: guards of the
# inner loop (overflow into big ints, a type change, an exception), guards
# after it (the callee's result changes type), the callee replaced while
# the outer loop runs, recursion through the call, generators; then a
# traceback from inside the called loop.

def steps(n):
    c = 0
    while n > 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        c += 1
    return c

def bump(x, k):
    i = 0
    while i < k:
        x = x * 7 + 3
        i += 1
    return x

acc = 0
for n in range(1, 3000):
    acc += bump(n, 18 + n % 5)    # big ints from about k = 21 on
print("overflow inside", acc % 998244353)

def halve(x, k):
    i = 0
    while i < k:
        x = x / 2 if i > 100 else x + 1
        i += 1
    return x

acc = 0
for n in range(2000):
    acc += halve(n, 98 + n % 6)   # a float in the window from k > 101
print("type change inside", acc)

def pick(n):
    i = 0
    t = 0
    while i < n:
        t += i
        i += 1
    if n > 1500:
        return str(t)
    return t

out = []
for n in range(2000):
    out.append(pick(n % 1700 + n // 1000 * 300))
print("result type changes", len([x for x in out if type(x) is str]), out[-1])

def inv(n):
    i = 0
    s = 0.0
    while i < 5:
        s += 1 / (n - i)
        i += 1
    return s

caught = 0
tot = 0.0
for n in range(-400, 400):
    try:
        tot += inv(n)
    except ZeroDivisionError as e:
        caught += 1
        last = (n, str(e))
print("exceptions", caught, last, round(tot, 6))

def fast(n):
    s = 0
    for i in range(n):
        s += i
    return s

def slow(n):
    s = 0
    i = 0
    while i < n:
        s += 2 * i
        i += 1
    return s

f = fast
acc = 0
for n in range(3000):
    if n == 1700:
        f = slow
    acc += f(n % 30)
print("callee replaced", acc)

def rec(n, d):
    s = 0
    i = 0
    while i < n:
        s += i
        i += 1
    if d > 0:
        s += rec(n + 1, d - 1)
    return s

acc = 0
for n in range(1500):
    acc += rec(n % 20, 3)
print("recursion", acc)

def gen(n):
    i = 0
    while i < n:
        yield i * i
        i += 1

def total(n):
    s = 0
    for v in gen(n):
        s += v
    return s

acc = 0
for n in range(1500):
    acc += total(n % 10)
print("generators", acc)

def mean(xs):
    s = 0
    i = 0
    while i < len(xs):
        s += xs[i]
        i += 1
    return s / len(xs)

data = [[1, 2, 3], [4, 5], [6]] * 400 + [[1, 2, "x", 4]]
res = 0.0
for xs in data:
    res += mean(xs)
print("unreachable", res)  # the last list raises inside the called loop
