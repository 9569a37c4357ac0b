# Frames of functions CPython writes in C (reduce, partial, the lru_cache
# wrapper) do not appear in tracebacks.
import functools


def div(a, b):
    return a / b


@functools.lru_cache(maxsize=None)
def cached(x):
    return functools.reduce(div, [x, 0])


p = functools.partial(cached)
p(1)
