"""The random module: CPython's Mersenne Twister and its algorithms.

Written for hotloop. The generator and every algorithm are Go (the native
module _random, vm/random.go), so a seeded program draws CPython's
numbers. The module-level functions are _random's own, sharing one
generator; a Random instance holds its own generator (_random._generator()
returns the same functions bound to a fresh one) and its methods call
those. Unlike CPython's Random, overriding random() in a subclass does not
change what the other methods draw.
"""

import _random

__all__ = ["Random", "SystemRandom", "betavariate", "choice", "choices", "expovariate",
           "gammavariate", "gauss", "getrandbits", "lognormvariate", "normalvariate",
           "paretovariate", "randint", "random", "randrange", "sample", "seed", "shuffle",
           "triangular", "uniform", "vonmisesvariate", "weibullvariate"]

_FUNCS = ("random", "uniform", "gauss", "normalvariate", "expovariate", "lognormvariate",
          "vonmisesvariate", "gammavariate", "betavariate", "paretovariate", "weibullvariate",
          "randint", "randrange", "choice", "shuffle", "sample", "getrandbits")


def _choices_with(core, population, weights, cum_weights, k):
    if weights is not None and cum_weights is not None:
        raise TypeError("Cannot specify both weights and cumulative weights")
    return core["_choices"](population, weights, cum_weights, k)


class Random:
    """A random number generator of its own, seeded like random.seed()."""

    def __init__(self, x=None):
        self._core = _random._generator()
        self.seed(x)

    def seed(self, a=None, version=2):
        """Seed the generator from an int, float, str, bytes or None (entropy)."""
        self._core["seed"](a)

    def triangular(self, low=0.0, high=1.0, mode=None):
        return self._core["triangular"](low, high, mode)

    def choices(self, population, weights=None, *, cum_weights=None, k=1):
        return _choices_with(self._core, population, weights, cum_weights, k)


def _method(name):
    def method(self, *args):
        return self._core[name](*args)
    method.__name__ = name
    method.__qualname__ = "Random." + name
    return method


for _name in _FUNCS:
    setattr(Random, _name, _method(_name))
del _name


class SystemRandom(Random):
    """A Random seeded from the system's entropy; seed() does nothing."""

    def seed(self, *args, **kwds):
        self._core["seed"](None)


_shared = {name: getattr(_random, name) for name in _FUNCS + ("_choices", "triangular", "seed")}

random = _random.random
uniform = _random.uniform
gauss = _random.gauss
normalvariate = _random.normalvariate
expovariate = _random.expovariate
lognormvariate = _random.lognormvariate
vonmisesvariate = _random.vonmisesvariate
gammavariate = _random.gammavariate
betavariate = _random.betavariate
paretovariate = _random.paretovariate
weibullvariate = _random.weibullvariate
randint = _random.randint
randrange = _random.randrange
choice = _random.choice
shuffle = _random.shuffle
sample = _random.sample
getrandbits = _random.getrandbits
seed = _random.seed


def triangular(low=0.0, high=1.0, mode=None):
    return _random.triangular(low, high, mode)


def choices(population, weights=None, *, cum_weights=None, k=1):
    return _choices_with(_shared, population, weights, cum_weights, k)
