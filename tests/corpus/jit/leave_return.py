# Loops left by return (docs/jit.md "Traces that leave their loop"): a
# recording that leaves its loop goes on only up to the next loop's
# trace; a path that reaches the function's return instead aborts, and
# the loop stays interpreted or gets a loop trace when an iteration goes
# round. The results are printed after each call.


def find(xs, key):
    # Left by return on a hit, by its condition on a miss.
    i = 0
    while i < len(xs):
        if xs[i] == key:
            return i
        i += 1
    return -1


def find_break(xs, key):
    # Left by break, then straight to the return: no loop to link to.
    i = 0
    while True:
        if i == len(xs) or xs[i] == key:
            break
        i += 1
    if i == len(xs):
        return -1
    return i


def first_square_over(limit):
    # A for loop left by return on its first iterations most of the time.
    for k in range(1, 1000):
        if k * k > limit:
            return k
    return None


def scan(n):
    xs = [(i * 37) % 101 for i in range(50)]
    hits = 0
    total = 0
    for r in range(n):
        key = r % 113
        p = find(xs, key)
        q = find_break(xs, key)
        if p != q:
            print("mismatch", key, p, q)
        if p >= 0:
            hits += 1
            total += p
        total += first_square_over(r % 40)
    return hits, total


def early_exit(n):
    # A return out of two nested loops in the middle of the outer one.
    total = 0
    for a in range(n):
        j = 0
        while j < 8:
            total += a ^ j
            if total > 10 ** 7:
                return a, j, total
            j += 1
    return n, -1, total


print(scan(3000))
print(find([3, 1, 4, 1, 5], 5), find([], 1), find_break([2, 7], 7))
print(early_exit(10 ** 6))
print(early_exit(100))
