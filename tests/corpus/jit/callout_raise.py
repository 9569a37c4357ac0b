# Exceptions raised by the callee of a residual call (a recursive call in
# a traced loop's body): caught in the loop, caught at some depth, with
# the traceback's frames (names and lines) as the interpreter gives them,
# and a call that must not run twice; the program ends with an uncaught
# exception from depth whose traceback is checked too.


def frames(tb):
    out = []
    while tb is not None:
        out.append("%s:%d" % (tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    return out


calls = []


def search(n, depth, bad):
    calls.append(depth)
    if depth == 3:
        if n == bad:
            raise ValueError("bad leaf %d" % n)
        return n
    s = 0
    for i in range(3):
        s += search(n * 3 + i, depth + 1, bad)
    return s


for bad in (-1, 5, 40, 80):
    del calls[:]
    try:
        print("search", bad, search(0, 0, bad), len(calls))
    except ValueError as e:
        print("search raised", bad, e, len(calls), frames(e.__traceback__))


def guarded(n, depth, bad):
    if depth == 3:
        if n % bad == 0:
            raise KeyError(n)
        return 1
    s = 0
    for i in range(4):
        if depth != 1:
            s += guarded(n * 4 + i, depth + 1, bad)
            continue
        try:
            s += guarded(n * 4 + i, depth + 1, bad)
        except KeyError as e:
            s += 100
            print("caught at depth", depth, e, frames(e.__traceback__))
    return s


print("guarded", guarded(1, 0, 7))
print("guarded", guarded(2, 0, 50))


def loop_catch(k):
    hits = 0
    errors = 0
    for i in range(k):
        try:
            hits += divide(i, 0)
        except ZeroDivisionError as e:
            errors += 1
            last = frames(e.__traceback__)
    return hits, errors, last


def divide(i, d):
    if d == 0 and i % 5 == 4:
        return divide(i, 1) // d
    return 1


print("loop_catch", loop_catch(3000))


def count_calls(n):
    count_calls.n += 1
    if n <= 0:
        return 0
    t = 0
    for i in range(2):
        t += count_calls(n - 1) + 1
    return t


count_calls.n = 0
print("count_calls", count_calls(10), count_calls.n)


def typed(n):
    if n <= 0:
        return "x"
    t = 0
    for i in range(3):
        t += typed(n - 1)
    return t


try:
    typed(3)
except TypeError as e:
    print("TypeError", e, frames(e.__traceback__))


def crash(n, depth):
    if depth == 4:
        if n == 29:
            return {}[n]
        return n
    t = 0
    for i in range(3):
        t += crash(n * 3 + i, depth + 1)
    return t


for k in range(300):
    crash(0, 2)
print(crash(0, 0))
