# Recursion whose values change type: ints overflowing into big ints at
# some depth (products, sums, shifts), floats and bools flowing through
# a function compiled for ints, and big-int arguments.

def fact(n):
    if n <= 1:
        return 1
    return n * fact(n - 1)


print([fact(k) for k in range(15, 26)])


def power2(n):
    if n == 0:
        return 1
    p = power2(n - 1)
    return p + p


print(power2(10), power2(62), power2(63), power2(64))


def negs(n):
    if n == 0:
        return -9223372036854775807 - 1
    return negs(n - 1) // -1 if n == 1 else negs(n - 1) - 1


print(negs(1), negs(2))


def sumdown(n):
    if n <= 0:
        return 0
    return n + sumdown(n - 1)


print(sumdown(100), sumdown(10.5), sumdown(True), sumdown(2**64 if False else 50))


def halves(n):
    if n < 1:
        return n
    return halves(n / 2)


print(halves(10), halves(7))


def bits(n):
    if n == 0:
        return 0
    return bits(n // 2) + 1


print(bits(2**70), bits(2**63 - 1), bits(-(2**63)) if False else bits(12345))


def mulmix(a, b):
    if b == 0:
        return a
    return mulmix(a * 3, b - 1) - a


print(mulmix(1, 30), mulmix(1, 45), mulmix(-7, 41))


def isneg(n):
    if n >= 0:
        return False
    return not isneg(n + 1) or True


print(isneg(-5), isneg(3))


def absdiff(a, b):
    if a == b:
        return 0
    if a > b:
        return absdiff(a - 1, b) + 1
    return absdiff(b, a)


print(absdiff(3, 50), absdiff(-9223372036854775807, -9223372036854775790))
