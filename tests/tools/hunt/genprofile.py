"""The profile argument the shape generators (gen_shapes.py, gen_more.py)
share: which fragment kinds a program draws from, and how long its loops
run."""


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
