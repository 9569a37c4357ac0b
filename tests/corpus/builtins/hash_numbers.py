# hash() of numbers: int/float/bool agreement, the modulus, -1, inf/nan, big ints.
for v in [0, 1, -1, -2, 2**61 - 2, 2**61 - 1, 2**61, 2**62, -(2**61), 2**63 - 1, -(2**63), 2**64, 10**30, -10**30]:
    print(v, hash(v))
for v in [0.0, -0.0, 1.0, -1.0, 0.5, 1.5, -2.5, 1e100, 1e-100, 3.14, float("inf"), float("-inf"), 2.0**61, 2.0**80, 5e-324]:
    print(v, hash(v))
print(hash(True), hash(False), hash(1) == hash(1.0) == hash(True), hash(2**64) == hash(2.0**64))
print(hash(0.5) == hash(0.5), hash(1 / 3) == hash(1 / 3), hash(-1) == hash(-2))
nan = float("nan")
print(hash(nan) == hash(nan) or "nan hashes by identity", {nan: 1}.get(nan))
d = {1: "int", 1.0: "float", True: "bool"}
print(d, len(d))
s = {0, 0.0, False, -0.0}
print(s, len(s))
print({2**61 - 1: "a", 0: "b"}.get(0), hash(2**61 - 1) == hash(0))
print(hash(()), hash((1, 2)), hash((1, (2, 3))), hash((1.0, 2)) == hash((1, 2)))
print(hash(frozenset()), hash(frozenset({1, 2})) == hash(frozenset({2, 1})))
print(hash("") , hash("a") == hash("a"), hash(None) == hash(None))

class Key:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return self.v
    def __eq__(self, other):
        return isinstance(other, Key) and self.v == other.v

print(hash(Key(5)), hash(Key(-1)), hash(Key(2**70)), hash(Key(True)))

class BadHash:
    def __hash__(self):
        return "h"

class Unhashable:
    __hash__ = None

class EqOnly:
    def __eq__(self, other):
        return True

for v in [[1], {}, set(), (1, [2]), BadHash(), Unhashable(), EqOnly(), {1: 2}.keys()]:
    try:
        print(hash(v))
    except TypeError as e:
        print(type(e).__name__, e)
try:
    {[1]: 2}
except TypeError as e:
    print(type(e).__name__, e)
try:
    {1, 2, {3}}
except TypeError as e:
    print(type(e).__name__, e)
try:
    hash()
except TypeError as e:
    print(type(e).__name__, e)
