# n-queens: all solutions by permutations filtered with sets, and by bitmask backtracking.
from itertools import permutations


def queens_perm(n):
    cols = range(n)
    for vec in permutations(cols):
        if n == len(set(vec[i] + i for i in cols)) == len(set(vec[i] - i for i in cols)):
            yield vec


def queens_bits(n):
    full = (1 << n) - 1
    count = 0
    first = None
    stack = [(0, 0, 0, ())]
    while stack:
        cols, d1, d2, placed = stack.pop()
        if cols == full:
            count += 1
            if first is None or placed < first:
                first = placed
            continue
        free = full & ~(cols | d1 | d2)
        while free:
            bit = free & -free
            free ^= bit
            stack.append((cols | bit, ((d1 | bit) << 1) & full, (d2 | bit) >> 1,
                          placed + (bit.bit_length() - 1,)))
    return count, first


def render(vec):
    n = len(vec)
    return ["".join("Q" if vec[r] == c else "." for c in range(n)) for r in range(n)]


sols = list(queens_perm(8))
print(len(sols), sols[0], sols[-1])
for line in render(sols[0]):
    print(line)
for n in range(1, 11):
    print(n, *queens_bits(n))
print(sum(1 for _ in queens_perm(6)), [s for s in queens_perm(4)])
