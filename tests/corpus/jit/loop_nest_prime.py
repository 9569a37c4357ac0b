# Loop nests whose trace decisions session 14 changed: short inner loops
# (two or three iterations per entry) inside an outer loop, a while loop
# nested in an inner loop that has a trace of its own (the outer loop's
# recording simulates it), a loop reached only through a side path, and
# an inner loop left by break. Every result is printed, so any wrong
# trace shows in the output.


def flips(n):
    # fannkuch's shape: copy, flip until the first item is 0, rotate.
    perm1 = list(range(n))
    count = [0] * n
    perm = [0] * n
    total = 0
    most = 0
    sign = 1
    r = n
    rounds = 0
    while True:
        while r != 1:
            count[r - 1] = r
            r -= 1
        i = 0
        while i < n:
            perm[i] = perm1[i]
            i += 1
        f = 0
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
            f += 1
            k = perm[0]
        most = max(most, f)
        total += sign * f
        sign = -sign
        rounds += 1
        while True:
            if r == n:
                return total, most, rounds
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


def nested_inner(n):
    # The middle loop gets a trace first; the outer loop's recording
    # calls it and simulates it, innermost loop included.
    total = 0
    for a in range(n):
        k = 12
        while k > 0:
            j = 0
            while j < (a % 3) + 1:
                total += j * k + a
                j += 1
            k -= 1
    return total


def side_path_loop(n):
    # The loop at the bottom runs only on one side of a branch (every
    # fourth iteration): side traces of the outer loop reach it.
    acc = 0
    hits = 0
    for i in range(n):
        acc += i & 7
        if i % 4 == 3:
            m = i % 5
            while m > 0:
                acc += m
                m -= 1
            hits += 1
    return acc, hits


def break_search(rows):
    # An inner search left by break on its first iterations most of the
    # time.
    found = 0
    missing = 0
    for r in range(rows):
        target = (r * 7) % 13
        c = 0
        while True:
            if c == target:
                found += c
                break
            if c > 9:
                missing += 1
                break
            c += 1
    return found, missing


print("flips", flips(7))
print("flips", flips(6))
print("nested", nested_inner(3000))
print("side", side_path_loop(40000))
print("search", break_search(30000))

try:
    flips(0)
except IndexError as e:
    print(type(e).__name__, e)
print(flips(1))
