# Loop bounds in loop functions: the checks a loop's own tests rule out
# (overflow of `lo += 1` under `lo < hi`, the sign fix-up of an index
# that starts at 0 and only grows) are dropped; these loops sit at the
# edges where they must not be.


def flips(perm):
    # fannkuch's swap loop: lo in [0, hi), hi > lo
    n = 0
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
        n += 1
        k = perm[0]
    return n


def near_max(top):
    # lo < hi <= top near 2**63 - 1: lo + 1 never overflows, hi - 1 never does
    acc = 0
    for rep in range(3):
        lo = top - 7
        hi = top
        steps = 0
        while lo < hi:
            lo += 1
            hi -= 1
            steps += 1
        acc = acc * 10 + steps
    return lo, hi, acc


def near_min(bottom):
    # the mirror: hi > lo >= bottom near -2**63
    acc = 0
    for rep in range(3):
        lo = bottom
        hi = bottom + 9
        while lo < hi:
            hi -= 1
            lo += 1
        acc += hi - bottom
    return lo, hi, acc


def negative_start(a, start):
    # an index that starts below 0 counts from the end: no fix-up dropped
    s = 0
    for rep in range(4):
        i = start
        while i < 2:
            s += a[i] * (rep + 1)
            i += 1
    return s


def shift_left(a, r):
    # fannkuch's rotation: i in [0, r), a[i + 1] with i + 1 >= 1
    for rep in range(5):
        first = a[0]
        i = 0
        while i < r:
            a[i] = a[i + 1]
            i += 1
        a[r] = first
    return a


def past_end(a, r):
    try:
        return shift_left(a, r)
    except IndexError as e:
        return "IndexError: " + str(e)


def signs(n, big):
    # sign in [-1, 1] times flips >= 0 cannot overflow; big * sign can
    sign = 1
    total = 0
    prod = 0
    for rep in range(2):
        flips = 0
        for i in range(n):
            flips += 1
            total += sign * flips
            sign = -sign
        for i in range(n):
            prod += big * sign
            sign = -sign
    return total, prod, sign


def negate(x, n):
    # -x overflows only for the smallest int64
    acc = 0
    for rep in range(2):
        for i in range(n):
            x = -x
            acc += x
    return x, acc


def saturated():
    # x is MaxInt64 + 1 - 10 after big-int arithmetic the analysis does
    # not follow: it must not be taken for MaxInt64 - 10 inside the loop
    x = 9223372036854775807
    x = x + 1
    x = x - 10
    s = 0
    for rep in range(3):
        i = 0
        while i < 50:
            s = x + 10
            i += 1
    return s


def count_down(a, k0):
    # k != 0 with k from the list: negative k counts from the end
    s = 0
    for rep in range(3):
        k = k0
        while k != 0:
            s += a[k]
            if k > 0:
                k -= 1
            else:
                k += 1
    return s


def squares(limit, start):
    # sieve's j = i * i: at least 4 when i >= 2, so flags[j] needs no
    # sign fix-up; i * i past 2**63 - 1 still overflows into a big int
    flags = [0] * 50
    i = start
    while i * i <= limit:
        j = i * i
        while j < 50:
            flags[j] += 1
            j += i
        i += 1
    return sum(flags), i


def squares_neg(limit, start):
    try:
        return squares(limit, start)
    except IndexError as e:
        return "IndexError: " + str(e)


def copy_ranges(src, a, b):
    # for-range items: range(n) from 0 (no fix-up), range(a, b) from a
    # (a fix-up when a may be negative), a constant step of 2, and a
    # negative step (not bounded)
    dst = [0] * len(src)
    s = 0
    for rep in range(3):
        for i in range(len(src)):
            dst[i] = src[i] + rep
        for i in range(a, b):
            s += dst[i]
        for i in range(a, b, 2):
            s += src[i] * 3
        for i in range(b - 1, a - 1, -1):
            s -= dst[i]
    return s, dst


def range_sum(src, n):
    t = 0
    for rep in range(2):
        for i in range(n):
            t += src[i]
    return t


def range_past(src, n):
    try:
        return range_sum(src, n)
    except IndexError as e:
        return "IndexError: " + str(e)


print(flips([3, 1, 4, 0, 2, 5, 6]), flips([8, 7, 6, 5, 4, 3, 2, 1, 0]))
print(near_max(9223372036854775807))
print(near_max(9223372036854775806))
print(near_min(-9223372036854775808))
print(negative_start([10, 20, 30, 40, 50], -3), negative_start([1, 2, 3], 0))
print(shift_left([0, 1, 2, 3, 4, 5], 4))
print(past_end([0, 1, 2], 3))
print(signs(11, 4611686018427387904))
print(signs(10, 9223372036854775807))
print(negate(-9223372036854775808, 3))
print(negate(9223372036854775807, 3))
print(saturated())
print(count_down([1, 2, 3, 4, 5, 6], 4), count_down([1, 2, 3, 4, 5, 6], -3))
print(squares(49, 2), squares(9223372036854775807, 3037000499))
print(squares_neg(49, -3), squares(-1, 5))
print(copy_ranges([5, 6, 7, 8, 9], 0, 5), copy_ranges([5, 6, 7, 8, 9], -4, 3))
print(range_past([1, 2, 3], 3), range_past([1, 2, 3], 4))
