# fannkuch-redux: max flips over all permutations, plus the alternating checksum.
def fannkuch(n):
    perm = list(range(n))
    count = [0] * n
    max_flips = 0
    checksum = 0
    nperm = 0
    r = n
    while True:
        while r != 1:
            count[r - 1] = r
            r -= 1
        if perm[0]:
            p = perm[:]
            flips = 0
            k = p[0]
            while k:
                p[: k + 1] = p[k::-1]
                flips += 1
                k = p[0]
            if flips > max_flips:
                max_flips = flips
            checksum += -flips if nperm & 1 else flips
        nperm += 1
        # advance to the next permutation by rotating prefixes
        while True:
            if r == n:
                return checksum, max_flips, nperm
            first = perm[0]
            perm[:r] = perm[1 : r + 1]
            perm[r] = first
            count[r] -= 1
            if count[r] > 0:
                break
            r += 1


def simple_max_flips(n):
    from itertools import permutations
    best = 0
    for p in permutations(range(n)):
        p = list(p)
        f = 0
        while p[0]:
            k = p[0]
            p[: k + 1] = reversed(p[: k + 1])
            f += 1
        best = max(best, f)
    return best


for n in range(3, 9):
    cs, mf, count = fannkuch(n)
    print(f"n={n} checksum={cs} maxflips={mf} perms={count}")
for n in range(1, 7):
    print(n, simple_max_flips(n))
