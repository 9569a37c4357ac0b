# TypeErrors from calls and operations, with CPython's messages.
f15, none, five = 1.5, None, 5
tests = [
    lambda: len(5),
    lambda: int(None),
    lambda: "abc"[f15],
    lambda: [1][none],
    lambda: {}[[]],
    lambda: five(),
    lambda: iter(5),
    lambda: sorted([1, "a"]),
    lambda: "x" * "y",
    lambda: ord("ab"),
    lambda: "".join([1]),
    lambda: (1, 2)[5],
    lambda: [].pop(),
    lambda: int("xyz"),
    lambda: float("abc"),
    lambda: {}.foo,
    lambda: object().bar,
    lambda: abs("x"),
]
for t in tests:
    try:
        t()
    except Exception as e:
        print(type(e).__name__ + ":", e)
