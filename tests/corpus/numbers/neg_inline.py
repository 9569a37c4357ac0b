# Unary minus on ints at the edges of 64 bits, floats (signed zeros, inf,
# nan), bools, big ints and objects with __neg__, in a loop.
import math

vals = [0, 1, -1, 2**63 - 1, -2**63, -2**63 + 1, 2**63, -2**64, 0.0, -0.0, 1.5, math.inf, -math.inf, True, False]
for v in vals:
    r = -v
    print(repr(v), repr(r), type(r).__name__, math.copysign(1, r) if isinstance(r, float) else "")
print(-math.nan != -math.nan)
class N:
    def __neg__(self):
        return "neg"
print(-N())
try:
    -"s"
except TypeError as e:
    print("TypeError:", e)
acc = 0
for i in range(-5, 5):
    acc += -i * 3 + -(i * 0.5)
print(acc)
