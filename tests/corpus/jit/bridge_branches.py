# Side traces (bridges): loops whose branches go both ways, so that one
# exit of the trace keeps firing and grows a side trace; side traces of
# side traces; branches that change which way they go mid-run.

def alternate(n):
    s = 0
    i = 0
    while i < n:
        if i & 1:
            s += 3
        else:
            s -= 1
        i += 1
    return s

def collatz_len(n):
    steps = 0
    while n != 1:
        if n & 1:
            n = 3 * n + 1
        else:
            n >>= 1
        steps += 1
    return steps

def three_way(n):
    a = b = c = 0
    for i in range(n):
        if i % 3 == 0:
            a += 1
            if i % 2 == 0:
                b += 2
            else:
                c -= 1
        elif i % 3 == 1:
            b -= 1
        else:
            c += i
    return a, b, c

def phases(n):
    # the branch goes one way for a long time, then the other way
    s = 0
    for i in range(n):
        if i < n // 2:
            s += i
        else:
            s -= i // 2
    return s

def many_exits(n):
    # every iteration takes one of eight paths
    counts = [0] * 8
    for i in range(n):
        k = (i * 5) % 8
        if k == 0:
            counts[0] += 1
        elif k == 1:
            counts[1] += 2
        elif k == 2:
            counts[2] += 3
        elif k == 3:
            counts[3] += 4
        elif k == 4:
            counts[4] += 5
        elif k == 5:
            counts[5] += 6
        elif k == 6:
            counts[6] += 7
        else:
            counts[7] += 8
    return counts

def count_primes(limit):
    flags = [True] * (limit + 1)
    flags[0] = flags[1] = False
    i = 2
    while i * i <= limit:
        if flags[i]:
            j = i * i
            while j <= limit:
                flags[j] = False
                j += i
        i += 1
    count = 0
    last = 0
    for k in range(limit + 1):
        if flags[k]:
            count += 1
            last = k
    return count, last

print(alternate(20000))
print(sum(collatz_len(n) for n in range(1, 2000)))
t = 0
for n in range(1, 2000):
    t += collatz_len(n)
print(t)
print(three_way(30000))
print(phases(20000))
print(many_exits(16000))
print(count_primes(50000))
for rep in range(3):
    print(alternate(5000 + rep), three_way(3000 + rep))
