# The types of the iterators of builtin containers, as CPython 3.11 names
# them (reversed(dict), reversed(range), a non-ASCII str, a huge range),
# and what those iterators yield.
import re


def masked(x):
    return re.sub(r"0x[0-9a-fA-F]+", "0x?", repr(x))


d = {"a": 1, "b": 2, "c": 3}
cases = [
    ("iter(list)", iter([1, 2])),
    ("reversed(list)", reversed([1, 2])),
    ("iter(dict)", iter(d)),
    ("iter(keys)", iter(d.keys())),
    ("iter(values)", iter(d.values())),
    ("iter(items)", iter(d.items())),
    ("reversed(dict)", reversed(d)),
    ("reversed(keys)", reversed(d.keys())),
    ("reversed(values)", reversed(d.values())),
    ("reversed(items)", reversed(d.items())),
    ("iter(set)", iter({1, 2})),
    ("iter(frozenset)", iter(frozenset({3}))),
    ("iter(tuple)", iter((1, 2))),
    ("iter(range)", iter(range(3))),
    ("reversed(range)", reversed(range(1, 10, 3))),
    ("iter(big range)", iter(range(2**70, 2**70 + 3))),
    ("iter(ascii str)", iter("ab")),
    ("iter(non-ascii str)", iter("h\u00e9!")),
    ("iter(bytes)", iter(b"xy")),
    ("iter(bytearray)", iter(bytearray(b"z"))),
    ("zip", zip("ab", "cd")),
    ("map", map(str, [1, 2])),
    ("filter", filter(None, [0, 1, 2])),
    ("enumerate", enumerate("ab")),
    ("reversed(str)", reversed("abc")),
    ("reversed(tuple)", reversed((1, 2, 3))),
    ("iter(callable, sentinel)", iter([1, 2, 3].pop, 1)),
]
for label, it in cases:
    t = type(it)
    print(f"{label:26} {t.__name__:26} {t.__module__} {masked(it)}")
    print(f"{'':26} -> {list(it)} then {list(it)} ({type(it).__name__})")

# reversed(range) over every sign of step and empty ranges.
for r in [range(0), range(5), range(10, 0, -3), range(-5, 5, 2), range(5, 5),
          range(10, 0), range(2**60, 2**60 + 3), range(-2**60, -2**60 + 7, 3)]:
    it = reversed(r)
    print(r, type(it).__name__, list(it))

# A loop over reversed(range) long enough for the JIT.
total = 0
for i in reversed(range(3000)):
    total = total * 3 % 1000003 + i
print(total)

# isinstance and the types' identity.
print(type(reversed(d)) is type(reversed(d.keys())), type(reversed(range(2))) is type(iter(range(2))))
print(type(iter("abc")) is type(iter("\u00e9")), type(iter("x")) is type(iter("y")))
