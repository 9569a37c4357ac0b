# Recursion through closures called from hot loops: a closure calling
# itself through its own cell, mutual recursion through cells, and a
# recursion deeper than the recorder inlines (the trace exits or calls
# stay interpreted; results must not change).
def make_fact():
    def fact(n):
        return 1 if n <= 1 else n * fact(n - 1)
    return fact


def facts(n):
    fact = make_fact()
    s = 0
    for i in range(n):
        s += fact(i % 4)
    return s


print("facts", facts(4000))


def deep(n):
    fact = make_fact()
    s = 0
    for i in range(n):
        s = (s + fact(i % 25)) % 1000000007
    return s


print("deep", deep(3000))


def mutual(n):
    def even(k):
        return True if k == 0 else odd(k - 1)
    def odd(k):
        return False if k == 0 else even(k - 1)
    c = 0
    for i in range(n):
        if even(i % 3):
            c += 1
    return c


print("mutual", mutual(4000))


def fib_closure(n):
    memo = {}
    def fib(k):
        if k < 2:
            return k
        return fib(k - 1) + fib(k - 2)
    s = 0
    for i in range(n):
        s += fib(i % 6)
    return s


print("fib", fib_closure(3000))


def counting_recursion(n):
    calls = 0
    def walk(k):
        nonlocal calls
        calls += 1
        if k > 0:
            walk(k - 1)
    for i in range(n):
        walk(i % 3)
    return calls


print("counting", counting_recursion(3000))


def too_deep():
    def down(k):
        return down(k + 1)
    for i in range(2000):
        if i == 1500:
            down(0)


try:
    too_deep()
except RecursionError as e:
    print(type(e).__name__, e)
