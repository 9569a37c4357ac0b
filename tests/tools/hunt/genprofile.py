"""What the shape generators (gen_shapes.py, gen_more.py) share: the
profile argument (which fragment kinds a program draws from, how long its
loops run), the seeded random source, and the guards that put a fragment
on a rarer path of its loop."""

import random


def profile_kinds(families, profile):
    """Return (kinds, scale) for profile over families (family name ->
    kinds): `mix` draws from every kind, a family name weighs its own kinds
    three times over the rest, `only-A+B` draws from the named kinds only;
    a `-small` suffix makes loops ten times shorter (scale 10, for
    --gcstress runs)."""
    scale = 1
    if profile.endswith("-small"):
        profile, scale = profile[:-6], 10
    every = sum(families.values(), [])
    if profile.startswith("only-"):
        return profile[5:].split("+"), scale
    if profile in families:
        return families[profile] * 3 + every, scale
    return every, scale


def under(head, lines):
    """lines indented under the statement head."""
    return [head] + ["    " + x for x in lines]


class KernelGen:
    """A generator's seeded random source over its KINDS (family ->
    fragment kinds); salt keeps two generators' programs for one seed
    apart."""

    KINDS = {}

    def __init__(self, seed, profile, salt):
        self.r = random.Random(seed * salt + sum(map(ord, profile)))
        self.kinds, self.scale = profile_kinds(self.KINDS, profile)

    def k(self, lo=1, hi=9):
        return self.r.randint(lo, hi)

    def pick(self, *xs):
        return self.r.choice(xs)

    def guarded(self, lines, refused, guard):
        """lines on the path a draw guard in [0, 1) gives them: a fragment
        the recorder mostly refuses (refused) goes under a rare `i % m`
        test 70% of the time, so that its loop still compiles and it
        becomes an exit; otherwise a quarter of fragments run on every
        few iterations and a tenth on alternate runs of them."""
        if refused and guard < 0.7:
            return under("if i %% %d == %d:" % (self.k(30, 400), self.k(0, 9)), lines)
        if guard < 0.25:
            return under("if i %% %d == %d:" % (self.k(2, 9), self.k(0, 1)), lines)
        if guard < 0.35:
            return under("if (i // %d) %% 2 == 0:" % self.k(50, 900), lines)
        return lines
