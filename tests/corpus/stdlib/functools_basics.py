# functools: reduce, partial, lru_cache, cache, wraps, cmp_to_key,
# total_ordering, cached_property.
import functools
from functools import reduce, partial, lru_cache, wraps

print(reduce(lambda a, b: a * b, range(1, 11)))
print(reduce(lambda a, b: a + b, [], 100))
print(reduce(lambda a, b: a + [b], "abc", []))
for args in [(), (len,), (len, [], 0, 1)]:
    try:
        reduce(*args)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    reduce(lambda a, b: a, [])
except TypeError as e:
    print(type(e).__name__, e)
try:
    reduce(lambda a, b: a, 5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    reduce(function=max, sequence=[1])
except TypeError as e:
    print(type(e).__name__, e)


def power(base, exp, *, mod=None):
    return pow(base, exp, mod)


square = partial(power, exp=2)
print(square(7), square(7, mod=5), square.func is power, square.args, square.keywords)
p = partial(power, 2)
print(p(10), p.args, p.keywords)
pp = partial(p, 5, mod=7)
print(pp(), pp.func is power, pp.args, pp.keywords)
print(repr(partial(max, 1, 2, key=abs)))
print(repr(partial(max)))
try:
    partial()
except TypeError as e:
    print(type(e).__name__, e)
try:
    partial(5)
except TypeError as e:
    print(type(e).__name__, e)
print(sorted([3, -5, 1], key=partial(pow, exp=2)))


@lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(100), fib.cache_info())
fib.cache_clear()
print(fib.cache_info())
print(fib.__name__, fib.__wrapped__.__name__, fib.cache_parameters())


@lru_cache(maxsize=2)
def sq(x):
    print("computing", x)
    return x * x


for x in [1, 2, 1, 3, 2, 1, 1]:
    sq(x)
print(sq.cache_info())


@lru_cache
def ident(x):
    return x


print(ident(1), ident(1.0), ident(True), ident.cache_info())


@lru_cache(typed=True)
def typed_ident(x):
    return x


print(typed_ident(1), typed_ident(1.0), typed_ident.cache_info())
try:
    ident([1])
except TypeError as e:
    print(type(e).__name__, e)
try:
    lru_cache("x")
except TypeError as e:
    print(type(e).__name__, e)


@lru_cache(maxsize=0)
def nocache(x):
    return x


nocache(1), nocache(1)
print(nocache.cache_info())


@functools.cache
def tri(n):
    return 0 if n == 0 else n + tri(n - 1)


print(tri(50), tri.cache_info())


def deco(f):
    @wraps(f)
    def wrapper(*args, **kwargs):
        """wrapper doc"""
        return f(*args, **kwargs) * 2
    return wrapper


@deco
def double_me(x):
    """Doubles."""
    return x


print(double_me(21), double_me.__name__, double_me.__doc__, double_me.__wrapped__(4))
print(double_me.__qualname__, double_me.__module__)


def compare_len(a, b):
    return len(a) - len(b)


words = ["ccc", "a", "bb", "dddd", "ee"]
print(sorted(words, key=functools.cmp_to_key(compare_len)))
print(sorted(words, key=functools.cmp_to_key(compare_len), reverse=True))
K = functools.cmp_to_key(compare_len)
print(K("ab") < K("abc"), K("ab") == K("cd"), K("abc") >= K("a"))


@functools.total_ordering
class Version:
    def __init__(self, n):
        self.n = n

    def __eq__(self, other):
        return self.n == other.n

    def __lt__(self, other):
        return self.n < other.n


a, b = Version(1), Version(2)
print(a < b, a > b, a <= b, a >= b, a <= Version(1), b >= a)
print(max([Version(3), Version(9), Version(4)]).n)
try:
    @functools.total_ordering
    class NoOrder:
        pass
except ValueError as e:
    print(type(e).__name__, e)


class Circle:
    def __init__(self, r):
        self.r = r

    @functools.cached_property
    def area(self):
        print("computing area")
        return 3 * self.r * self.r


c = Circle(2)
print(c.area, c.area, "area" in vars(c))
del c.area
print(c.area)
print(type(Circle.area).__name__)
