# Lists read and written by traced loops, resized between and during runs,
# negative indexes, and items of changing types.


def bump(a):
    for i in range(len(a)):
        a[i] = a[i] + 1
    return a


def reverse_sum(a):
    s = 0
    for i in range(1, len(a) + 1):
        s += a[-i] * i
    return s


def grow(n):
    a = [0]
    for i in range(n):
        a.append(a[i] + i)
    return a[-1], len(a)


def shrink_while(a):
    s = 0
    for x in a:
        s += x
        if len(a) > 2000:
            a.pop()
    return s, len(a)


def matrix(n):
    m = [[i * n + j for j in range(n)] for i in range(n)]
    t = 0
    for i in range(n):
        row = m[i]
        for j in range(n):
            t += row[j] * m[j][i]
    return t


a = [1] * 3000
bump(a)
a[1000] = 1.5
bump(a)
print(sum(a), a[999:1002])
a.extend([7] * 10)
bump(a)
del a[:2990]
print(bump(a))
print(reverse_sum(list(range(3000))))
print(grow(5000))
print(shrink_while(list(range(5000))))
print(matrix(40))
b = [0.0] * 2500
for k in range(3):
    for i in range(len(b)):
        b[i] = b[i] * 0.5 + k
print(b[:3], b[-1])
c = list(range(3000))
try:
    for i in range(3001):
        c[i] = c[i - 1] + c[i]
except IndexError as e:
    print(type(e).__name__, e, c[-1])
