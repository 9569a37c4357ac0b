# Recursion inside traced loops: each level has its own frame and loop;
# traces of one code object run in frames at different depths.


def tri(n):
    total = 0
    for i in range(n):
        total += i
    if n > 0:
        total += tri(n - 1)
    return total


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def fibs(n):
    out = []
    for i in range(n):
        out.append(fib(i % 15))
    return sum(out)


def deep(n):
    if n == 0:
        s = 0
        for i in range(3000):
            s += i
        return s
    s = 0
    for i in range(50):
        s += i
    return s + deep(n - 1)


print(tri(300))
print(fibs(2000))
print(deep(100))
import sys
sys.setrecursionlimit(200)
try:
    deep(1000)
except RecursionError as e:
    print(type(e).__name__)
