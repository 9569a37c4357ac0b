# Loops left by their own condition after one or two iterations, inside
# outer loops, next to sibling loops (docs/jit.md "Traces that leave
# their loop"): after a few recordings that leave such a loop, the JIT
# records it as a path that goes on to the next loop's trace, and its
# iterations that go round enter the path again. The state after each
# loop is printed.


def digits_sum(n):
    # The digit loop runs 1 to 4 times; the loop after it twice.
    total = 0
    longest = 0
    for x in range(n):
        v = x
        s = 0
        c = 0
        while v > 0:
            s += v % 10
            v //= 10
            c += 1
        if c > longest:
            longest = c
        total += s
        m = 0
        while m < 2:
            total += m
            m += 1
    return total, longest


def halvings(n):
    # A while loop of 0 to 2 iterations, then a sibling for loop, then an
    # untraced-looking tail; w and k are read after the loops.
    acc = 0
    w = 0
    k = 0
    for x in range(n):
        w = x % 7
        k = 0
        while w >= 3:
            w -= 3
            k += 1
        for i in range(k + 1):
            acc += i * w
        acc += k
    return acc, w, k


def gcd_steps(n):
    # Euclid's loop, usually short, with a float and an int path.
    steps = 0
    g = 0
    for a in range(1, n):
        b = (a * 13) % 17 + 1
        x, y = a, b
        while y:
            x, y = y, x % y
            steps += 1
        g += x
    return steps, g


def and_or(n):
    # A condition with and/or: the loop is left from either test.
    out = 0
    i = 0
    j = 0
    for r in range(n):
        i = r % 3
        j = 0
        while i < 3 and j < 2 or i == 7:
            i += 1
            j += 1
        out += i * 10 + j
    return out, i, j


def untraced_outer(n):
    # The outer loop stores into a dict (no trace of its own), so each
    # inner loop is entered from the interpreter: the short while loop
    # ends by its condition and its path enters the sibling loop's trace.
    d = {}
    t = 0
    q = 0
    for x in range(n):
        d[x % 5] = t
        q = x % 3
        while q < 4:
            t += q
            q += 2
        i = 0
        while i < 6:
            t += i * q
            i += 1
    return t, q, i, d


print(digits_sum(6000))
print(halvings(6000))
print(gcd_steps(3000))
print(and_or(5000))
print(untraced_outer(6000))
