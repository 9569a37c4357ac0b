# Loop functions (jit/loopfunc*.go): the control flow a compiled function
# keeps (nested loops, break and continue, loop else clauses, a break to
# the outer loop's next iteration, returns from inside loops, shifts and
# every int operator, len()), checked against CPython.
def nest(n):
    out = 0
    for i in range(n):
        j = 0
        while True:
            j += 1
            if j % 3 == 0:
                continue
            if j > i:
                break
            out += i * j
        else:
            out -= 1
        for k in range(i, 0, -2):
            if k == 5:
                break
            out ^= k << (k % 13)
        else:
            out += 1000
    return out


def find(lst, x):
    for rep in range(3):
        i = 0
        while i < len(lst):
            if lst[i] == x + rep:
                return i
            i += 1
    return -1


def ops(n):
    a = 7
    b = -3
    for i in range(1, n):
        for rep in range(2):
            a = (a * 31 + i) % 1000007
            b = b - a // 3 + (a | i) - (a & 255) + (i ^ b)
            b = b >> 1
            if -b > 10 ** 12:
                b = ~b % 99991
            a += -(i % 7) + (+i) // -4
    return a, b


def gcd_all(n):
    total = 0
    for x in range(1, n):
        for y in range(1, n, 3):
            a, b = x, y
            while b:
                a, b = b, a % b
            total += a
    return total


def collatz(n):
    steps = 0
    while n != 1:
        if n & 1:
            n = 3 * n + 1
        else:
            n >>= 1
        steps += 1
    return steps


print(nest(30), nest(0), nest(8))
print(find(list(range(100)), 77), find([1, 2, 3], 9), find([], 1))
print(ops(2000))
print(gcd_all(40))
print(sum(collatz(k) for k in range(1, 3000)))
print(max(collatz(k) for k in range(1, 3000)))
