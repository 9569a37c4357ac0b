# Loops left by an exception (docs/jit.md "Traces that leave their
# loop"): a recording never follows a raise, so such a path aborts; the
# loop's trace, when it has one, exits at the guard before the raising
# instruction and the interpreter raises. Caught in an outer loop, then
# once uncaught for the traceback.


def walk(xs):
    # The idiom of ending a scan by IndexError.
    i = 0
    s = 0
    try:
        while True:
            s += xs[i]
            i += 1
    except IndexError as e:
        return s, i, type(e).__name__, str(e)


def divide_all(n):
    # An inner loop that raises ZeroDivisionError on some rows, caught in
    # the outer loop, which goes on.
    caught = 0
    total = 0
    last = None
    for r in range(n):
        d = r % 7 - 3
        k = 0
        try:
            while k < 5:
                total += (r + k) // d
                k += 1
        except ZeroDivisionError as e:
            caught += 1
            last = (r, k, str(e))
    return caught, total, last


def search_raise(n):
    # A while True loop left by a raise on its first iteration most of
    # the time, inside a traced outer loop; the handler is outside both.
    found = 0
    try:
        for r in range(n):
            j = r % 4
            while True:
                if j >= 2:
                    break
                j += 1
                if r == n - 7:
                    raise KeyError(r)
            found += j
    except KeyError as e:
        return found, r, j, repr(e)
    return found, None


def next_until(n):
    # StopIteration from next() ends a while loop, caught each time.
    out = 0
    for r in range(n):
        it = iter(range(r % 4))
        try:
            while True:
                out += next(it)
        except StopIteration:
            out += 1
    return out


print(walk([1, 2, 3]))
print(walk(list(range(3000))))
print(divide_all(3000))
print(search_raise(6000))
print(next_until(3000))


def last(n):
    xs = list(range(10))
    t = 0
    for r in range(n):
        i = 0
        while i < 10:
            t += xs[i]
            i += 1
        if r == n - 1:
            i = 10
            while True:
                t += xs[i]
                i += 1
    return t


print(last(4000))
