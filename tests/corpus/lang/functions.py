# functions: defaults, keywords, *args, **kwargs, keyword-only, recursion.
def f(a, b=2, *args, c=3, **kw):
    return a, b, args, c, kw


print(f(1))
print(f(1, 5, 6, 7, c=8, d=9))
print(f(*[1, 2, 3], **{"c": 4, "e": 5}))


def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)


print(fact(10), fact(30))


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


print([fib(i) for i in range(15)])


def pos_only(a, b, /, c):
    return a + b + c


print(pos_only(1, 2, c=3), (lambda x, y=1: x * y)(5))
print(f.__name__, fact.__qualname__, (lambda: 0).__name__)


def noret():
    pass


print(noret())
for bad in (lambda: f(), lambda: pos_only(1, 2, 3, 4), lambda: fact(1, n=2), lambda: fact(m=1)):
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
