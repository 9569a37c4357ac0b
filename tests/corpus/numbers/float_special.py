# inf and nan: arithmetic, comparisons, containment, min/max, int conversion, signed zeros.
inf, nan = float("inf"), float("nan")
print(inf + 1, inf - inf, inf * 0, inf * -1, inf / inf, 1 / inf, -1 / inf, inf // 1, inf % 5, 5 % inf, -5 % inf, 5 // inf, -5 // inf)
print(nan + 1, nan * 0, nan ** 0, 1 ** nan, nan == nan, nan != nan, nan < 1, nan > 1, nan <= nan, nan is nan)
print(inf == inf, inf > 10**400, -inf < -(10**400), inf == 10**400, 10**400 < inf, inf > nan, max(inf, 1), min(-inf, 0))
print(0.0 == -0.0, str(-0.0), -0.0 + 0.0, -0.0 - 0.0, -0.0 * 1, 0.0 * -1, abs(-0.0), -(0.0), 1 / inf * -1, round(-0.4), round(-0.4, 1))
print([nan] == [nan], nan in [nan], (nan,) == (nan,), {nan: 1}.get(nan), sorted([3, nan, 1]), sorted([nan, 3, 1]))
print(max(nan, 1), max(1, nan), min(nan, 1), min(1, nan), sum([inf, -inf]), sum([nan, 1]))
print(inf.is_integer(), nan.is_integer(), int(1e308), float("-inf") < 0, -inf, repr(-nan), abs(-inf))
for bad in [lambda: int(inf), lambda: int(nan), lambda: int(-inf), lambda: round(inf), lambda: round(nan), lambda: inf // 0, lambda: divmod(inf, 0), lambda: (-inf).as_integer_ratio(), lambda: range(int(inf))]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
print(divmod(inf, 3), divmod(-inf, 3), divmod(3, inf), divmod(-3, inf), divmod(nan, 1))
print(inf * 2 == inf, -inf * -inf, inf ** 0, inf ** -1, 0 ** inf if False else 0.0 ** inf, 2 ** -inf, 0.5 ** inf, (-2) ** inf, 1 ** inf)
print(f"{inf:.2f} {-inf:e} {nan:g} {inf:%} {nan:>6}|{-inf:<6}|{inf:+}", "%f %e %g" % (inf, -inf, nan))
print(float("1e500"), -float("1e500"), 1e308 + 1e308, -1e308 * 10, 1e-323 / 2, 2 * 1e-323 / 4)
