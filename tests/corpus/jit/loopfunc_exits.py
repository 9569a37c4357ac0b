# Loop functions (jit/loopfunc*.go) leaving their compiled code in the
# middle of a loop: ints overflowing into big ints, indexes out of range,
# items that are not ints, lists resized between calls, range() errors;
# each resumes the interpreter at the instruction CPython is at.
def grow(n):
    out = []
    for rep in range(2):
        x = 1
        i = 0
        while i < n + rep:
            x = x * 3 + i
            i += 1
        out.append(x)
    return out


def index_sum(lst, n):
    s = 0
    for rep in range(2):
        for i in range(n):
            s += lst[i] * 2
    return s


def neg_index(lst):
    s = 0
    for rep in range(2):
        i = -1
        while i >= -len(lst):
            s = s * 7 + lst[i]
            i -= 1
    return s


def stepped(a, b, c):
    s = 0
    for rep in range(2):
        for i in range(a, b, c):
            s = s * 3 + i
            s %= 1000003
    return s


def sieve(limit):
    flags = [True] * (limit + 1)
    flags[0] = flags[1] = False
    i = 2
    while i * i <= limit:
        if flags[i]:
            j = i * i
            while j <= limit:
                flags[j] = False
                j += i
        i += 1
    count = 0
    for k in range(limit + 1):
        if flags[k]:
            count += 1
    return count


for n in (5, 38, 39, 40, 41, 45, 80):
    print(n, grow(n))
data = list(range(60))
print(index_sum(data, 60), index_sum(data, 0), index_sum(data, -3))
for bad in (61, 100):
    try:
        index_sum(data, bad)
    except IndexError as e:
        print(type(e).__name__, e)
for extra in ([2.5], ["s"], [None], [[1]], [True], [2 ** 70]):
    lst = list(range(30)) + extra + [1, 2, 3]
    try:
        print(index_sum(lst, 34))
    except TypeError as e:
        print(type(e).__name__, e)
print(neg_index(list(range(1, 30))))
lst = list(range(10))
for k in range(40):
    lst.append(k * k)
    print(k, index_sum(lst, len(lst)), neg_index(lst[-5:]))
    if k % 9 == 0:
        del lst[:4]
print(stepped(0, 10000, 7), stepped(500, -500, -3), stepped(5, 5, 1), stepped(10, 0, 1))
for c in (0, 2 ** 62):
    try:
        print(stepped(0, 10, c))
    except ValueError as e:
        print(type(e).__name__, e)
print(stepped(0, 2 ** 65, 2 ** 63))
print(sieve(1000), sieve(30000), sieve(1), sieve(2))
print(index_sum(list(range(10)), 12))
