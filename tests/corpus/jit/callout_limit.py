# RecursionError from residual calls: a loop whose body recurses without
# end raises at the same depth as the interpreter (the traceback's length
# and the deepest argument reached), under the default limit, a lowered
# and a raised one; recursion that stays just under the limit must not
# raise.
import sys


def depth(tb):
    k = 0
    while tb is not None:
        k += 1
        tb = tb.tb_next
    return k


deepest = [0]


def dive(n):
    if n > deepest[0]:
        deepest[0] = n
    t = 0
    for i in range(4):
        if i < 3:
            t += i
            continue
        t += dive(n + 1)
    return t


def warm(n, stop):
    t = 0
    for i in range(4):
        if i < 3 or n >= stop:
            t += i
            continue
        t += warm(n + 1, stop)
    return t


def under(n, stop):
    if n >= stop:
        return 1
    t = 0
    for i in range(1):
        t += under(n + 1, stop) + warm(0, 2)
    return t


for k in range(400):
    warm(0, 5)
print("warm", warm(0, 20))
for limit in (1000, 150, 2500):
    sys.setrecursionlimit(limit)
    for k in range(3):
        deepest[0] = 0
        try:
            dive(0)
        except RecursionError as e:
            print(limit, "dive", depth(e.__traceback__), deepest[0], type(e).__name__)
    print(limit, "under", under(0, limit - 20))
    try:
        under(0, limit + 20)
    except RecursionError as e:
        print(limit, "under raised", depth(e.__traceback__))

sys.setrecursionlimit(1000)
for i in range(200):
    under(0, 50)
print("done", deepest[0])
