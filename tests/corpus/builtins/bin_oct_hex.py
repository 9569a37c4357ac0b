# bin(), oct(), hex(): signs, big ints, __index__, round trips, errors.
for v in [0, 1, -1, 7, -7, 8, 255, -256, 4096, 2**31 - 1, -(2**31), 2**63, -(2**63), 2**64 - 1, 10**25, True, False]:
    print(v, bin(v), oct(v), hex(v))
print(int(bin(-37), 2) if False else int(bin(-37), 0), int(oct(1000), 0), int(hex(-48879), 0))
for v in [12345, -987654321, 2**100 + 3]:
    print(int(bin(v), 0) == v, int(oct(v), 8) if False else int(oct(v), 0) == v, int(hex(v), 16) == v)

class Idx:
    def __init__(self, n):
        self.n = n
    def __index__(self):
        return self.n

print(bin(Idx(5)), oct(Idx(-9)), hex(Idx(2**70)))
for v in [1.5, "10", None, [1], 3.0]:
    for f in (bin, oct, hex):
        try:
            f(v)
        except TypeError as e:
            print(type(e).__name__, e)

class BadIdx:
    def __index__(self):
        return "nope"

try:
    hex(BadIdx())
except TypeError as e:
    print(type(e).__name__, e)
print(format(255, "b"), format(255, "o"), format(255, "x"), f"{255:#010x}", f"{-255:#x}", f"{10:08b}")
print("%x %X %o %#x %#o" % (255, 255, 8, 255, 8))
print(hex(0xDEADBEEF).upper(), hex(0xdeadbeef)[2:].zfill(10), bin(5).count("1"), len(bin(2**100)) - 2)
print([hex(b) for b in range(0, 256, 51)], [bin(i)[2:].zfill(4) for i in range(8)])
try:
    bin()
except TypeError as e:
    print(type(e).__name__, e)
try:
    hex(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
