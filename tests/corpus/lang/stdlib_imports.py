# Programs that import pure-Python standard library modules.
import collections
import functools
import itertools

print(collections.Counter("abracadabra").most_common(2))
print(list(itertools.permutations([1, 2, 3], 2))[:4])


@functools.lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(80))
