# A hot loop calls a function whose loops have traces of their own, one
# inside the other: the caller's trace calls the callee's outer loop trace in
# the callee's register window, and that trace calls the inner loop's. An exit
# of the inner trace must resume in the callee's frame, not the caller's
# (found by session 23's differential hunt: wrong sums, TypeErrors, Go panics).


def f_pair(i, m, L):
    for x in L[i % 2]:
        for y in (3, 7):
            if i == 0:
                continue
            m += 1
    return m
def k_pair(rounds):
    n = 0
    for i in range(rounds):
        n = f_pair(i, n, [[2, 7], []])
    return n
print(k_pair(20))


def f_five(i, m, L):
    for x in L[i % 2]:
        for y in [3, 7, 8, 5, 4]:
            if i % 3 == 0:
                continue
            m += 1
    return m
def k_five(rounds):
    n = 0
    for i in range(rounds):
        n = f_five(i, n, [[2, 7], []]) % 1000003
    return n
print(k_five(2000))


L1 = [3, 7, 8, 5, 4]
LL = [[2, 7], []]
def k0_in(i, n, m, L1, LL):
    for x1 in LL[i % 2]:
        m = (m * 4 + i) % 65521
        for x2 in LL[i % 2]:
            if x1 > 3 and m % 2 == 1:
                m = (m * 6 + i) % 65521
                break
            if x2 == 5:
                m = (m * 5 + m) % 1009
                break
        for x3 in L1:
            if i % 3 == 0:
                m = (m * 3 + i) % 1009
                continue
            if not i % 2 == 0:
                if x3 == 4 and x3 == 4:
                    break
                m = (m * 5 + x3) % 65521
            else:
                m = (m * 6 + i) % 65521
        else:
            m = (m * 6 + i) % 1009
    return n + m
def k0(rounds):
    n = 0
    m = 1
    chk = []
    for i in range(rounds):
        n = k0_in(i, n, m, L1, LL) % 1000003
    return n, m
print(k0(2000))


def f1(i, L):
    m = 0
    for x in L[i % 3]:
        if x == 7 and i % 5 == 0:
            m += 100
            break
        m += x
    if m > 10 and i % 2:
        m -= 3
    return m

def f2(i, L):
    m = 0
    for x in L[i % 3]:
        m += x
    for y in L[(i + 1) % 3]:
        if y == 2:
            break
        m += y * 2
    return m

def f3(i, L):
    m = 0
    for x in L[i % 3]:
        for y in range(x):
            for z in range(2):
                if z == 1 and y == x - 1 and i % 3 == 1:
                    m += 1000
                    break
                m += z
    return m

def f4(i, L):
    m = 0
    for x in L[i % 3]:
        j = 0
        while j < x:
            j += 1
            if j == x:
                m += 5
                break
            m += 1
    return m

def f5(i, L, acc):
    for x in L[i % 3]:
        acc.append(x)
        if len(acc) > 4:
            acc.pop(0)
    return sum(acc)

def drive(rounds, L):
    r = []
    t = 0
    for i in range(rounds):
        t += f2(i, L)
    r.append(t)
    t = 0
    for i in range(rounds):
        t += f3(i, L)
    r.append(t)
    return r

print(drive(30000, [[3, 7, 5], [], [2, 9, 2, 4]]))


# An inner trace's side trace calls the inner loop's trace: its exits reach
# the caller's trace through a side trace of the callee's loop trace.
LL2 = [[2, 7], []]
def side_in(i, n, m, LL, hits):
    m = (m * 2 + n) % 65521
    if i % 4 == 0:
        for x6 in range(0, -1, -1):
            m = (m * 7 + n) % 7
            for x7 in range(3):
                if x6 == 0:
                    m = (m * 7 + x6) % 1009
                    return n + m
                if x7 % 5 == 0:
                    hits[x7 % 3] += 1
                    break
    else:
        m = (m * 7 + i) % 7
    for x8 in range(2):
        for x9 in LL[i % 2]:
            if x8 == 1:
                n += n - n
            else:
                if x8 == 1:
                    continue
            hits[x8 % 3] += x8
            if i > 6:
                continue
        hits[i % 3] += i
    else:
        m = (m * 7 + i) % 1009
    return n + m
def side_drive(rounds, LL):
    n = 0
    m = 1
    hits = [0, 0, 0]
    for i in range(rounds):
        n = side_in(i, n, m, LL, hits) % 1000003
    return n, m, hits
print(side_drive(2000, LL2))
