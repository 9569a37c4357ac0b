# Reads lines "func x ours theirs" (hex floats) and prints, for each, which
# of the two results is nearer the exact value: "ours", "theirs" or "tie".
# Used by libm_test.go to check that every difference from CPython is a
# case where the C library's result is not correctly rounded.
import sys
import mpmath

mpmath.mp.prec = 400
for line in sys.stdin:
    f, x, ours, theirs = line.split()
    exact = getattr(mpmath, f)(mpmath.mpf(float.fromhex(x)))
    a = abs(mpmath.mpf(float.fromhex(ours)) - exact)
    b = abs(mpmath.mpf(float.fromhex(theirs)) - exact)
    print("ours" if a < b else "theirs" if b < a else "tie")
