# Inner `for _ in range(k)` loops whose range and iterator the outer trace
# builds itself (their kind is not checked again, and both may be sunk):
# trip counts that vary from one outer iteration to the next (0, 1, many,
# negative, with a step), a range kept past its loop, an iterator left in
# the middle by `break` and resumed, and a range of a float ending in
# CPython's TypeError.
ALPHA = "abcdefghijklmnopqrstuvwxyz"


def words(n, seed):
    x = seed
    out = []
    for _ in range(n):
        x = (x * 1103515245 + 12345) & 0x7FFFFFFF
        length = x % 6 - 1
        w = ""
        y = x
        for _ in range(length):
            w += ALPHA[y % 7]
            y //= 7
        out.append(w)
    return out


ws = words(3000, 7)
print(len(ws), ws[:12], sum(len(w) for w in ws))

total = 0
kept = []
for i in range(2000):
    r = range(i % 5, i % 11, 1 + i % 3)
    for j in r:
        total += j
    if i % 400 == 0:
        kept.append(r)
print(total, kept)

acc = []
for i in range(600):
    it = iter(range(i % 7))
    for j in it:
        if j == 2:
            break
    acc.append(sum(it))
print(sum(acc), acc[:20])

n = 0
for i in range(1500):
    k = 3 if i < 1400 else 3.0
    try:
        for _ in range(k):
            n += 1
    except TypeError as e:
        print(i, n, e)
        break
