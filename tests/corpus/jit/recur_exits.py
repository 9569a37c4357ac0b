# Exits deep inside compiled recursion: exceptions raised at depth
# (caught, their traceback's depth counted, and an uncaught one at the
# end), a function rebound while it recurses, calls of other functions
# from inside the recursion, and arguments that are not ints.

def depth(tb):
    k = 0
    while tb is not None:
        k += 1
        tb = tb.tb_next
    return k


def boom(n):
    if n == 0:
        return 1 // n
    return boom(n - 1) + 1


for i in range(5):
    try:
        boom(10 + 5 * i)
    except ZeroDivisionError as e:
        print("caught", depth(e.__traceback__), e)


def checked(n):
    if n == 13:
        raise ValueError("unlucky %d" % n)
    if n > 20:
        return n
    return checked(n + 1) * 2


for start in (0, 14, 21):
    try:
        print(checked(start))
    except ValueError as e:
        print("ValueError", e, depth(e.__traceback__))


def helper(n):
    return n * 10


def mixed(n):
    if n == 0:
        return 0
    if n % 4 == 0:
        return helper(n) + mixed(n - 1)
    return mixed(n - 1) + n


print([mixed(i) for i in range(10)], mixed(100))


def other(n):
    return -100


def swap(n):
    global walk
    if n == 3:
        walk = other
    return 0


def walk(n):
    if n == 0:
        return 0
    swap(n)
    return walk(n - 1) + 1


original = walk
for i in range(3):
    walk = original
    print("walk", walk(6))


def walk2(n):
    global walk2
    if n == 0:
        return 0
    if n == 3:
        walk2 = other
    return walk2(n - 1) + 1


original2 = walk2
for i in range(400):
    walk2 = original2
    r = walk2(6 + i % 5)
print("walk2", r, walk2(6))


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


print(fib(12), fib(12.0), fib(True), fib(2.5))
try:
    fib("x")
except TypeError as e:
    print("TypeError", e)
try:
    fib(None)
except TypeError as e:
    print("TypeError", e)


def args(a, b=2):
    if a <= 0:
        return b
    return args(a - 1) + args(a - 2, b + 1)


print(args(6), args(6, 10))

print(boom(12))
