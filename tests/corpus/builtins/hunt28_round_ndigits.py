# round() with an ndigits that is not an int (session 28's library hunt):
# hotloop read a str's bits as an int (round(5, 'x') returned 5, and in a
# loop panicked in Go); CPython calls __index__ or raises TypeError, and
# clamps a huge ndigits for a float.
class Two:
    def __index__(self):
        return 2


cases = [(5, 'x'), (1.5, 'x'), (1.25, Two()), (1234, Two()), (1234, -2), (1.5, 10**20),
         (1.5, -10**20), (2.675, 2), (1.5, True), (5, 2.0), (1.5, 2.0), (10**30, -29),
         (1.5, None), (7, None), (-0.5, 0), (2**70 + 1, -3), (float('inf'), 'x')]
for rnd in range(50):
    for x, nd in cases:
        try:
            r = round(x, nd)
        except TypeError as e:
            r = 'TypeError: %s' % e
        if rnd == 49:
            print(repr(x), type(nd).__name__, r)
