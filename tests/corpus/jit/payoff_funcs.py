# Function traces and their payoff rule: a recursion too short to pay for
# its compile (interpreted throughout), one long enough that it is compiled
# in the middle of its run, then calls the compiled code does not take
# (a float, a big int) and a recursion that runs into the limit.


def tri(n):
    return 0 if n == 0 else n + tri(n - 1)


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def walk(n, acc):
    if n == 0:
        return acc
    return walk(n - 1, acc * 3 + n)


# short: a few thousand calls in all
print(sum(tri(k) for k in range(0, 60, 3)))
print([fib(k) for k in range(12)])

# long: compiled part-way through
total = 0
for k in range(18, 23):
    total += fib(k)
print(total)

# after the compile: arguments it was not compiled for
print(fib(10.0), fib(True), fib(-3))
print(walk(40, 1), walk(60, 2))
print(walk(5, 2**70))

try:
    tri(100000)
except RecursionError as e:
    print(type(e).__name__, e)
print(tri(300))
