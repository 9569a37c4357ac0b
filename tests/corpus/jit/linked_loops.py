# Side traces that end at another loop's header and enter its trace
# (docs/jit.md "Side traces"): short inner loops whose ends run the outer
# path, iterators built on that path, a type change under a linked trace,
# a path that raises or returns between inner loops.


def fannkuch(n):
    perm1 = list(range(n))
    count = [0] * n
    perm = [0] * n
    max_flips = 0
    checksum = 0
    sign = 1
    r = n
    while True:
        while r != 1:
            count[r - 1] = r
            r -= 1
        for i in range(n):
            perm[i] = perm1[i]
        flips = 0
        k = perm[0]
        while k != 0:
            lo = 0
            hi = k
            while lo < hi:
                t = perm[lo]
                perm[lo] = perm[hi]
                perm[hi] = t
                lo += 1
                hi -= 1
            flips += 1
            k = perm[0]
        if flips > max_flips:
            max_flips = flips
        checksum += sign * flips
        sign = -sign
        while True:
            if r == n:
                return checksum, max_flips
            first = perm1[0]
            i = 0
            while i < r:
                perm1[i] = perm1[i + 1]
                i += 1
            perm1[r] = first
            count[r] -= 1
            if count[r] > 0:
                break
            r += 1


print("fannkuch", fannkuch(6))
print("fannkuch", fannkuch(7))


def siblings(n, items):
    # Two sibling loops: the first one's end builds an iterator over a
    # list and a range on the way into the second one's header.
    total = 0
    for k in range(n):
        i = 0
        while i < 5:
            total += i * k
            i += 1
        for x in items:
            total -= x
        for y in range(k % 4):
            total += y
    return total


print("siblings", siblings(3000, [1, 2, 3]))
print("siblings", siblings(500, [0.5, 1.5]))


def scaled(n):
    # The second loop reads a global whose type changes between calls:
    # its trace fails its entry guard when a side trace enters it.
    d = {}
    t = 0
    for k in range(n):
        d[k % 3] = t
        i = 0
        while i < 6:
            t += i
            i += 1
        j = 0
        while j < 3:
            t += SCALE
            j += 1
    return t, sorted(d.items())


SCALE = 2
print("scaled", scaled(2000))
SCALE = 0.25
print("scaled", scaled(2000))
SCALE = 10**20
print("scaled", scaled(300))
SCALE = 3
print("scaled", scaled(2000))


def divides(n, zero_at):
    # The path between the inner loops divides: it raises once k reaches
    # zero_at.
    acc = 0
    for k in range(n):
        i = 0
        while i < 4:
            acc += i
            i += 1
        acc += 1000 // (zero_at - k)
        j = 0
        while j < 3:
            acc -= j
            j += 1
    return acc


print("divides", divides(2000, 5000))
try:
    print("divides", divides(4000, 3000))
except ZeroDivisionError as e:
    print(type(e).__name__, e)


def first_long(rows):
    # The outer path returns after an inner loop's end.
    for row in rows:
        n = 0
        i = 0
        while i < len(row):
            n += row[i]
            i += 1
        if n > 40:
            return n, row
    return None


rows = [[k % 7, k % 5, k % 3] for k in range(3000)] + [[20, 21, 22]]
print("first_long", first_long(rows))
print("first_long", first_long(rows[:100]))


def countdown(n):
    # while ... else after the inner loop, then a break of the outer loop
    out = []
    k = 0
    while True:
        i = n
        while i > 0:
            i -= 3
        else:
            out.append(i)
        k += 1
        if k > 2000:
            break
        n += 1
    return out[-5:], len(out)


print("countdown", countdown(10))
