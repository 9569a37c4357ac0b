# Three-argument pow with float and complex operands (session 27's hunt):
# CPython tries the power slot of each operand's type in order, so the
# first float operand gives TypeError and the first complex one ValueError
# "complex modulo"; hotloop raised ValueError whenever the base or the
# exponent was complex.
CASES = [(2.5, 1j, 7), (2, 1j, 7), (1j, 2, 7), (2, 2, 1j), (2.5, 2, 1j), (2, 2, 7.0),
         (1j, "x", 7), (2, 0.5, 7), (True, 1j, 3), (2, 3, 5), (2, -1, 5)]
for a, b, c in CASES:
    try:
        print(repr(pow(a, b, c)))
    except Exception as e:
        print(type(e).__name__, e)


def tally(n):
    kinds = {}
    for i in range(n):
        a, b, c = CASES[i % len(CASES)]
        try:
            r = pow(a, b, c)
            k = "ok %d" % r
        except TypeError:
            k = "TypeError"
        except ValueError:
            k = "ValueError"
        kinds[k] = kinds.get(k, 0) + 1
    return sorted(kinds.items())


print(tally(2000))
