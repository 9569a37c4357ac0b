# Recursive functions compiled whole (function traces): fib-like
# recursion with ints and bools, several paths, globals used as
# constants, mutual recursion (not compiled), and the same results from
# every call shape (a loop calling, a comprehension, nested calls).

def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


print([fib(i) for i in range(15)])
total = 0
for k in range(18, 23):
    total += fib(k)
print("fib total", total, fib(-5), fib(0))

LIMIT = 7


def tri(n):
    if n <= 0:
        return 0
    if n % 2 == 0:
        return n + tri(n - 1)
    x = n * 3
    x //= 2
    x -= n
    return x - (n // 2) + tri(n - 1) + (n & LIMIT) - (n | 1) + (n ^ 5)


print([tri(i) for i in range(12)], tri(300))


def is_even(n):
    if n == 0:
        return True
    return not is_even(n - 1)


print([is_even(i) for i in range(8)], is_even(501))


def gcd(a, b):
    if b == 0:
        return a
    return gcd(b, a % b)


print(gcd(1071, 462), gcd(-48, 18), gcd(48, -18), gcd(0, 5), [gcd(i, 12) for i in range(1, 13)])


def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))


print(ackermann(2, 3), ackermann(2, 10), ackermann(3, 3))


def ping(n):
    if n <= 0:
        return 0
    return pong(n - 1) + 1


def pong(n):
    if n <= 0:
        return 0
    return ping(n - 2) + 2


print(ping(50), pong(51))


def count_paths(r, c):
    if r == 0 or c == 0:
        return 1
    return count_paths(r - 1, c) + count_paths(r, c - 1)


print(count_paths(8, 8), count_paths(3, 0))


def neg_div(n):
    if n > -3:
        return n // 3 + n % 3 + (-n) // 2 + (-n) % 5
    return neg_div(n + 1) - n // 7


print([neg_div(i) for i in range(-20, 5)])


def maybe(n):
    if n > 5:
        return None
    if n < 0:
        return maybe(n + 1)
    return n


print(maybe(-4), maybe(9))
