# The recursion limit with compiled recursion: RecursionError at the
# same depth as the interpreter (the traceback's depth and the deepest
# argument reached), with the default limit, a lowered one and a raised
# one, and recursion close to the limit that must not raise.
import sys


def depth(tb):
    k = 0
    while tb is not None:
        k += 1
        tb = tb.tb_next
    return k


def down(n):
    return down(n + 1) + 1


def count(n, k):
    if k == 0:
        return n
    return count(n + 1, k - 1)


for limit in (1000, 120, 3000):
    sys.setrecursionlimit(limit)
    for i in range(3):
        try:
            down(0)
        except RecursionError as e:
            print(limit, "down", depth(e.__traceback__), e)
    print(limit, "count", count(0, limit - 10))
    try:
        count(0, limit + 10)
    except RecursionError as e:
        print(limit, "count raised", depth(e.__traceback__))

sys.setrecursionlimit(1000)


def f(n):
    if n == 0:
        return 0
    return f(n - 1) + 1


print(f(990))
f(2000)
