# float comparisons (inf, nan, signed zero, subnormals) as values and as
# the conditions of if/else and while, in every direction.
import math
vals = [0.0, -0.0, 1.5, -2.5, math.inf, -math.inf, math.nan, 1e308, 5e-324]
out = []
for a in vals:
    for b in vals:
        out.append((a < b, a <= b, a == b, a != b, a > b, a >= b))
        if a < b:
            out.append("lt")
        if not a <= b:
            out.append("nle")
        if a == b:
            out.append("eq")
        if a != b:
            out.append("ne")
        if a > b:
            out.append("gt")
        else:
            out.append("ngt")
        if a >= b:
            out.append("ge")
print(out)
x = 0.0
n = 0
while x < 10.0:
    x += 0.75
    n += 1
print(n, x)
