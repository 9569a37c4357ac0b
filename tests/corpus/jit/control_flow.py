# break, continue and for/while ... else in traced loops, and nested loops.


def find(n, target):
    for i in range(n):
        if i * i > target:
            break
    else:
        return -1
    return i


def skip(n):
    s = 0
    for i in range(n):
        if i % 3 == 0:
            continue
        if i % 7 == 0:
            s -= i
            continue
        s += i
    return s


def wloop(n):
    i = 0
    s = 0.0
    while i < n:
        i += 1
        if i % 5 == 0:
            continue
        s += i / 4
        if s > 1e7:
            break
    else:
        s = -s
    return i, s


def nested(n, m):
    total = 0
    for i in range(n):
        for j in range(m):
            total += i ^ j
        total %= 1000003
    return total


def triangle(n):
    total = 0
    for i in range(n):
        j = 0
        while j < i:
            total += j
            j += 1
    return total


def countdown(n):
    out = 0
    for i in range(n, 0, -3):
        out += i
    for i in range(0, n, 7):
        out -= i
    for i in range(n, -n, -1):
        out += i % 5
    return out


print(find(10000, 10**7), find(100, 10**7))
print(skip(10000))
print(wloop(5000), wloop(10**6))
print(nested(60, 70), nested(3, 2000))
print(triangle(200))
print(countdown(5000))
