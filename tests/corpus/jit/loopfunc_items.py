# Loop functions (jit/loopfunc_items.go, loopfunc_const.go): list items
# read and written twice through the same registers (one bounds check,
# one tag check), the same list under two names, a bool stored where an
# int was read, constant registers (`1`, `0` loaded before the loop),
# constant indexes, and products of small and big factors; every
# result as CPython's, exits included.
def swaps(perm, n):
    total = 0
    for rep in range(n):
        lo = 0
        hi = len(perm) - 1
        while lo < hi:
            t = perm[lo]
            perm[lo] = perm[hi]
            perm[hi] = t
            lo += 1
            hi -= 1
        total += perm[0] * 3 + perm[-1]
    return total


def aliased(a, b, n):
    # a and b may be the same list: a bool stored through b must be seen
    # through a
    s = 0
    for rep in range(n):
        i = 0
        while i < len(a):
            x = a[i]
            b[i] = (x % 3 == 0)
            y = a[i]
            s = s * 2 + y
            s %= 1000003
            b[i] = x + 1
            i += 1
    return s


def counts(count, r, n):
    flips = 0
    for outer in range(2):
        rep = 0
        while rep < n:
            count[r] -= 1
            if count[r] > 0:
                flips += count[r]
            else:
                count[r] = r + 5
            rep += 1
    return flips, count


def first_items(lst, n):
    s = 0
    for outer in range(2):
        k = 0
        while k < n:
            s = s * 5 + lst[0] - lst[1]
            s %= 999983
            k += 1
    return s


def grow(x, n):
    last = 0
    for rep in range(3):
        y = x
        i = 0
        while i < n:
            y = y + 1
            y = y - 1
            y += 1
            i += 1
        last = y
    return last


def products(a, b, n):
    s = 0
    sign = 1
    for outer in range(2):
        for i in range(n):
            s += sign * a * (i + 1) - b * i
            sign = -sign
    return s


print(swaps(list(range(20)), 50), swaps([5, 4, 3], 7), swaps([1], 3))
lst = list(range(40))
print(aliased(lst, lst, 30), lst[:6])
lst = list(range(40))
other = list(range(40))
print(aliased(lst, other, 30), lst[:4], other[:4])
print(counts([0, 3, 9, 2], 2, 100))
print(first_items([7, 2, 9], 500))
for bad in ([], [1]):
    try:
        first_items(bad, 500)
    except IndexError as e:
        print(type(e).__name__, e)
try:
    first_items([1.5, 2], 300)
except TypeError as e:
    print(type(e).__name__, e)
print(first_items([1.5, 2], 0))
print(grow(0, 2000), grow(2 ** 63 - 1000, 2000), grow(-2 ** 63, 2000))
print(products(3, 5, 2000), products(2 ** 31, 2 ** 32, 2000), products(-2 ** 31, 7, 2000))
print(products(2 ** 62, 3, 50), products(-2 ** 63, 1, 50), products(3, -2 ** 63, 50))
for x in (12, -2 ** 63 + 5):
    print(products(x, x, 1500))
