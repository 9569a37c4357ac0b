# Exact int/float comparisons near 2**53 and beyond, bools, and ordering across types.
big = 2**53
for i, f in [(big, float(big)), (big + 1, float(big)), (big + 1, float(big + 2)), (2**63, 2.0**63), (2**63 - 1, 2.0**63), (10**20, 1e20), (10**23, 1e23), (-(2**60) - 1, -(2.0**60))]:
    print(i, repr(f), i == f, i < f, i > f, i <= f, f == i, f < i, f > i)
print(1 == 1.0, 0 == -0.0, -1 < -0.5, 3 < 3.0000000000000004, 3 == 2.9999999999999999)
print(10**400 > 1e308, -(10**400) < -1e308, 10**400 > float("inf"), 10**400 < float("inf"), 10**400 == float("inf"))
print(0.1 < 1 / 10 + 1e-18, 1 < 1.0000000000000002, 9007199254740993 > 9007199254740992.0, 9007199254740993 == 9007199254740992.0)
print(True == 1, True == 1.0, False == 0, True > 0.5, False < 0.1, True + 0.5, sorted([True, 0.5, 0, -1, 2]))
print(1 < 2 < 3.5 < 4, 1 < 2 > 1.5, 2 == 2.0 == True + 1, 5 > 4 < 6 == 6.0)
print(max(1, 1.0), max(1.0, 1), min(0, -0.0), min(-0.0, 0), max(True, 1), max(1, True), sorted([1.0, 1, True]), sorted([True, 1, 1.0]))
print({1, 1.0, True}, {1.0, 1, True}, {True, 1, 1.0}, len({0, 0.0, False, -0.0}))
print([x for x in [2, 2.5, 3] if 2 <= x < 3], 2**64 in [float(2**64)], float(2**64) in {2**64})
for a, b in [(1, "1"), (1.0, None), (True, "True"), (2**70, [1])]:
    try:
        print(a < b)
    except TypeError as e:
        print(type(e).__name__, e)
    print(a == b, a != b)
