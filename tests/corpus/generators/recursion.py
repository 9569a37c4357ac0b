# Recursion through generators driven by for loops hits RecursionError,
# which can be caught and after which generators keep working.
import sys

sys.setrecursionlimit(200)


def walk(n):
    yield n
    for x in walk(n + 1):
        yield x


depth = 0
try:
    for x in walk(0):
        depth = x
except RecursionError as e:
    print("RecursionError", e, depth > 50)


def finite(n):
    if n:
        for x in finite(n - 1):
            yield x
    yield n


print(sum(finite(100)))
print(list(finite(5)))


def down(n):
    for x in down(n + 1):
        yield x
    yield n


for x in down(0):
    print(x)
