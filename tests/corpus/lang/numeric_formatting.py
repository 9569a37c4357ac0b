# Numeric output: float repr round-trips, formatting, integer conversions.
vals = [0.1, 1 / 3, 2 / 3, 100.0, 1e-7, 123456789.123, 1e100, -0.0, float("inf"), 2 ** 0.5]
for v in vals:
    print(repr(v), str(v), f"{v:.3g}", f"{v:10.4f}", f"{v:e}")
for n in [0, 7, -42, 255, 10 ** 12, -(2 ** 40)]:
    print(n, f"{n:+d}", f"{n:,}", f"{n:x}", f"{n:o}", f"{n:b}"[:12], f"{n:>8}", f"{n:08d}")
print(round(1.005, 2), round(2.5), round(-1.5), round(12345, -2), round(0.125, 2))
print(int("  -17 "), int("0b101", 0), int("ff", 16), float("  3.25 "), float("1e-3"))
print(7 / 2, 7 // 2, -7 / 2, -7 // 2, 7 % 3, -7 % 3, 7.0 // 2, 2 ** -2, 10 ** 0)
print(f"{3.14159:08.3f}|{-3.5:+.0f}|{1234.5:_.1f}|{0.000123:.2e}|{42:^9}|")
print("%5.1f%%" % 45.678, "%.3e" % 0.00012345, "%10s|" % "right", "%-10s|" % "left")
