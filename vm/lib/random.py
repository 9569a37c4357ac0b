"""The random module: CPython's Mersenne Twister and its algorithms.

Written for hotloop. The generator and every algorithm are Go (the native
module _random, vm/random.go), so a seeded program draws CPython's
numbers. The module-level functions are _random's own, sharing one
generator; a Random instance holds its own generator (_random._generator()
returns a module-like object with the same functions bound to a fresh
one) and its methods call those. The common methods have fixed signatures
and return the call's result at once, so that a JIT trace inlines them
(docs/jit.md "random in traces"). Unlike CPython's Random, overriding
random() in a subclass does not change what the other methods draw.
"""

import _random

__all__ = ["Random", "SystemRandom", "betavariate", "choice", "choices", "expovariate",
           "gammavariate", "gauss", "getrandbits", "getstate", "lognormvariate", "normalvariate",
           "paretovariate", "randint", "random", "randrange", "sample", "seed", "setstate", "shuffle",
           "triangular", "uniform", "vonmisesvariate", "weibullvariate"]

_FUNCS = ("random", "uniform", "gauss", "normalvariate", "expovariate", "lognormvariate",
          "vonmisesvariate", "gammavariate", "betavariate", "paretovariate", "weibullvariate",
          "randint", "randrange", "choice", "shuffle", "sample", "getrandbits")


def _setstate_with(core, state):
    version = state[0]
    if version == 3:
        version, internalstate, gauss_next = state
    elif version == 2:
        version, internalstate, gauss_next = state
        try:
            internalstate = tuple(x % (2 ** 32) for x in internalstate)
        except ValueError as e:
            raise TypeError from e
    else:
        raise ValueError("state with version %s passed to Random.setstate() of version 3" % (version,))
    core._setstate(internalstate, gauss_next)


def _choices_with(core, population, weights, cum_weights, k):
    if weights is not None and cum_weights is not None:
        raise TypeError("Cannot specify both weights and cumulative weights")
    return core._choices(population, weights, cum_weights, k)


class Random:
    """A random number generator of its own, seeded like random.seed()."""

    def __init__(self, x=None):
        self._core = _random._generator()
        self.seed(x)

    def random(self):
        """Return the next random float in [0.0, 1.0)."""
        return self._core.random()

    def randint(self, a, b):
        """Return a random int in [a, b], both included."""
        return self._core.randint(a, b)

    def choice(self, seq):
        """Return a random element of the non-empty sequence seq."""
        return self._core.choice(seq)

    def shuffle(self, x):
        """Shuffle the list x in place."""
        return self._core.shuffle(x)

    def uniform(self, a, b):
        """Return a random float between a and b."""
        return self._core.uniform(a, b)

    def getrandbits(self, k):
        """Return a non-negative int with k random bits."""
        return self._core.getrandbits(k)

    def seed(self, a=None, version=2):
        """Seed the generator from an int, float, str, bytes or None (entropy)."""
        self._core.seed(a)

    def getstate(self):
        """Return the generator's internal state, for setstate()."""
        return self._core.getstate()

    def setstate(self, state):
        """Restore the internal state a getstate() returned."""
        _setstate_with(self._core, state)

    def triangular(self, low=0.0, high=1.0, mode=None):
        return self._core.triangular(low, high, mode)

    def choices(self, population, weights=None, *, cum_weights=None, k=1):
        return _choices_with(self._core, population, weights, cum_weights, k)


def _method(name):
    def method(self, *args, **kwargs):
        return getattr(self._core, name)(*args, **kwargs)
    method.__name__ = name
    method.__qualname__ = "Random." + name
    return method


for _name in _FUNCS:
    if _name not in Random.__dict__:
        setattr(Random, _name, _method(_name))
del _name


class SystemRandom(Random):
    """A Random seeded from the system's entropy; seed() does nothing."""

    def seed(self, *args, **kwds):
        self._core.seed(None)


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
getstate = _random.getstate


def setstate(state):
    _setstate_with(_random, state)


def triangular(low=0.0, high=1.0, mode=None):
    return _random.triangular(low, high, mode)


def choices(population, weights=None, *, cum_weights=None, k=1):
    return _choices_with(_random, population, weights, cum_weights, k)
