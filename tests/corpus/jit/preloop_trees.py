# Trace trees whose side traces continue exits of the root's peeled
# iteration (docs/jit.md "Fannkuch: short inner loops (session 15)"):
# short inner loops with varying trip counts unrolled inside an outer
# while loop, a break out of the nested loops, an exception raised in the
# inner loop, and values changing type between outer iterations.


def flips(perm):
    k = perm[0]
    f = 0
    while k != 0:
        lo = 0
        hi = k
        while lo < hi:
            t = perm[lo]
            perm[lo] = perm[hi]
            perm[hi] = t
            lo += 1
            hi -= 1
        f += 1
        k = perm[0]
    return f


def many_flips(n, reps):
    total = 0
    most = 0
    perm = [0] * n
    for rep in range(reps):
        for i in range(n):
            perm[i] = (rep * 7 + i * 5 + rep // n) % n
        if len(set(perm)) != n:
            continue
        f = flips(perm)
        total += f
        if f > most:
            most = f
    return total, most, perm


print("flips", many_flips(7, 700))
print("flips", many_flips(9, 400))


def find_pairs(rows, target):
    # The inner loop runs a varying number of times and the search breaks
    # out of both loops.
    found = None
    r = 0
    while r < len(rows):
        row = rows[r]
        c = 0
        while c < len(row):
            if row[c] == target:
                found = (r, c)
                break
            c += 1
        if found is not None:
            break
        r += 1
    return found, r


rows = [[(i * 3 + j) % 11 for j in range(i % 5 + 1)] for i in range(300)]
for target in (10, 7, 0, 12):
    print("pairs", target, find_pairs(rows, target))


def steps(n, stop_at):
    # Raises ZeroDivisionError in the inner loop at a late outer iteration.
    acc = 0
    k = n
    while k > 0:
        i = 0
        while i < k % 4 + 1:
            acc += 100 // (k - stop_at) + i
            i += 1
        k -= 1
    return acc


for stop in (-1, 3, 250):
    try:
        print("steps", stop, steps(600, stop))
    except ZeroDivisionError as e:
        print("steps", stop, type(e).__name__, e)


def retyped(n):
    # The inner loop's accumulator and the list's items change type
    # between outer iterations: int, then float, then big int.
    vals = [1, 2, 3, 4]
    out = []
    k = 0
    while k < n:
        if k == n // 3:
            vals = [0.5, 1.5, 2.5, 3.5]
        if k == 2 * n // 3:
            vals = [2 ** 70, 3, 5, 7]
        s = 0
        j = 0
        while j < k % 4 + 1:
            s += vals[j]
            j += 1
        if k % 97 == 0:
            out.append(s)
        k += 1
    return out


print("retyped", retyped(900))


def swap_until(perm, limit):
    # A flips loop left by break in the middle, then the permutation
    # printed as the interpreter would leave it.
    k = perm[0]
    f = 0
    while k != 0:
        lo = 0
        hi = k
        while lo < hi:
            t = perm[lo]
            perm[lo] = perm[hi]
            perm[hi] = t
            lo += 1
            hi -= 1
        f += 1
        if f == limit:
            break
        k = perm[0]
    return f, perm


for limit in (1, 2, 5, 100):
    total = 0
    for start in range(60):
        p = [(start * 3 + i * 7 + start // 8) % 8 for i in range(8)]
        res = swap_until(p, limit)
        total += res[0] * (start + 1)
    print("until", limit, total, res)

try:
    flips([3, 1, 2, 0, "x"])
    flips(["a", 0])
except TypeError as e:
    print("flips", type(e).__name__, e)
print(flips([2, 0, 1, 3, None][:4]))
flips([1, "a", 0])
