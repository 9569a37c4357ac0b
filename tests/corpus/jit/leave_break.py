# Loops left by break on their first iteration most of the time, inside
# outer loops with traced inner loops (docs/jit.md "Traces that leave
# their loop"): the JIT records such a loop as a path that goes on past
# the break to the next loop's trace. The state after each loop is
# printed, so a path that resumed with a wrong register shows.


def odometer(base, digits, steps):
    # A counter in `base`: the carry loop is left by break at once
    # unless the lowest digit wraps.
    d = [0] * digits
    total = 0
    carries = 0
    for step in range(steps):
        s = 0
        i = 0
        while i < digits:
            s += d[i] * (i + 1)
            i += 1
        total += s
        j = 0
        while j < d[0]:
            total -= j
            j += 1
        k = 0
        while True:
            d[k] += 1
            if d[k] < base:
                break
            d[k] = 0
            carries += 1
            k += 1
            if k == digits:
                break
    return total, carries, d


def next_perm(a):
    # Lexicographic next permutation: the two search loops end by break
    # after a step or two most of the time.
    n = len(a)
    i = n - 2
    while i >= 0:
        if a[i] < a[i + 1]:
            break
        i -= 1
    if i < 0:
        return False
    j = n - 1
    while True:
        if a[j] > a[i]:
            break
        j -= 1
    a[i], a[j] = a[j], a[i]
    lo = i + 1
    hi = n - 1
    while lo < hi:
        a[lo], a[hi] = a[hi], a[lo]
        lo += 1
        hi -= 1
    return True


def perms(n):
    a = list(range(n))
    count = 0
    weighted = 0
    while True:
        count += 1
        w = 0
        for x in range(n):
            w += a[x] * x
        weighted += w
        # inlined next permutation, the first search left by break
        i = n - 2
        while True:
            if i < 0 or a[i] < a[i + 1]:
                break
            i -= 1
        if i < 0:
            break
        j = n - 1
        while a[j] < a[i]:
            j -= 1
        t = a[i]
        a[i] = a[j]
        a[j] = t
        lo = i + 1
        hi = n - 1
        while lo < hi:
            t = a[lo]
            a[lo] = a[hi]
            a[hi] = t
            lo += 1
            hi -= 1
    return count, weighted, a


def first_match(rows, key):
    # A for loop left by break, with for/else, in an outer loop.
    found = []
    misses = 0
    for r in range(len(rows)):
        row = rows[r]
        for c in range(len(row)):
            if row[c] == key:
                found.append((r, c))
                break
        else:
            misses += 1
    return found[:5], len(found), misses


def nested_flag(n):
    # break out of two loops through a flag, and a break in the inner loop
    # that leaves the outer one running.
    hits = 0
    last = None
    for a in range(n):
        done = False
        b = 0
        while b < 5:
            if (a * 7 + b) % 11 == 0:
                done = True
                break
            b += 1
        if done:
            hits += 1
            last = (a, b)
    return hits, last


print(odometer(3, 6, 8000))
print(odometer(10, 4, 5000))
print(perms(6))
p = [0, 1, 2, 3, 4]
steps = 0
while next_perm(p):
    steps += 1
print(steps, p)
rows = [[(i * 31 + j * 17) % 23 for j in range(12)] for i in range(400)]
print(first_match(rows, 5))
print(first_match(rows, 99))
print(nested_flag(4000))
