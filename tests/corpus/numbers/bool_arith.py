# bool arithmetic and identity: bools as ints, results' types, bitwise staying bool, repr.
t, f = True, False
print(t + t, t - f, t * 10, t / 2, t // 2, t % 2, t ** 5, f ** 0, -t, +t, ~t, abs(-t), t + 0.5, t * 1.5)
print(type(t + t).__name__, type(t & t).__name__, type(t | 0).__name__, type(t ^ f).__name__, type(~t).__name__, type(-f).__name__, type(+t).__name__)
print(t & f, t | f, t ^ t, f ^ t, t & 3, 2 | f, t << 2, t >> 1, divmod(t, t), round(t), int(t), float(f), complex(t) if False else "")
print(sum([t, t, f, t]), max(t, f), min([t, f, 0]), sorted([t, f, t, 0, 1]), [t] * 3, "ab" * t, [1, 2][t])
print(str(t), repr(f), f"{t}", f"{t:d}", f"{t:>5}", "%s %d %r" % (t, t, f), format(f, "03"), t.__repr__(), bool.__str__(f))
print(t == 1, t is True, f == 0, f == 0.0, t != 2, t < 2, f < t, t in [1], 1 in [t], hash(t) == hash(1), {t: "x"}[1], {1: "y"}[t])
print(t.real, t.imag, t.numerator, t.denominator, t.bit_length(), f.bit_length(), t.as_integer_ratio(), t.conjugate(), type(t.real).__name__)
print(bool(1) is t, bool(0.0) is f, (1 == 1) is t, not t, not not f, t and 5, f or "x", t if f else "else")
counts = {True: 0, False: 0}
for n in range(10):
    counts[n % 3 == 0] += 1
print(counts, sum(n % 2 == 0 for n in range(11)), [n > 2 for n in range(5)].count(True))
for bad in [lambda: t / f, lambda: t // f, lambda: t % f, lambda: bool("x", 1), lambda: t + "s", lambda: f[0], lambda: len(t)]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
print(True.__add__(True), True.__and__(False), True.__or__(2), bool.__and__(True, True), int.__and__(True, True))
