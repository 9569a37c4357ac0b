# Whole functions with loops compiled to wasm (jit/loopfunc*.go): the
# fannkuch nest of short inner loops, for several sizes, then a flips
# loop whose list turns out too short (IndexError traceback from inside
# the compiled inner loop).
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


for n in range(1, 8):
    print(n, fannkuch(n))
print(fannkuch(6))


def flips_of(perm):
    perm = list(perm)
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
    return flips, perm


total = 0
for a in range(5):
    for b in range(5):
        p = [a, b, 4 - a, 2, 1]
        if len(set(p)) == 5:
            total += flips_of(p)[0]
print("total", total)
print(flips_of([3, 1, 0, 2]))
print(flips_of([5, 0, 1, 2]))
