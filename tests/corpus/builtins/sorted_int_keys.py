# sorted() and list.sort() on int keys of every range: small spans, the
# full 64-bit range, bools mixed in, duplicates (stability), reverse, keys
# from a function, and the sizes 0-3.
import random

random.seed(11)
for n in [0, 1, 2, 3, 17, 500]:
    for lo, hi in [(-3, 3), (0, 10**6), (-2**62, 2**62), (-2**63, 2**63 - 1), (0, 2**40), (-2**40, -2**39)]:
        l = [random.randint(lo, hi) for _ in range(n)]
        if n > 3:
            l[0], l[1] = lo, hi
        a = sorted(l)
        order = sorted(range(n), key=lambda i: l[i])
        rev = sorted(range(n), key=lambda i: l[i], reverse=True)
        m = list(l)
        m.sort(reverse=True)
        print(n, lo, hi, a[:3], a[-2:], order[:5], rev[:5], m[:2], a == sorted(l, key=lambda v: v))
# stability with many equal keys
pairs = [(i % 4, i) for i in range(40)]
print(sorted(pairs, key=lambda p: p[0])[:12])
print(sorted(pairs, key=lambda p: -p[0], reverse=True)[:12])
print(sorted([3, True, 1, False, 2, 0, True]), sorted([2, 1, True, 1, False], key=lambda v: -v))
print(sorted([5, 2**63, -2**64, 3]), sorted([1, 2**70, -1]))
