# int_hash_negative: hash() of negative ints around the modulus 2**61 - 1
# (the small ones hash to themselves, -1 to -2), and their use as dict and
# set keys, which goes through the same hash.
for x in [-1, -2, -5, -(2**61 - 2), -(2**61 - 1), -(2**61), -(2**62), -2**63,
          -2**63 - 1, 0, 1, 2**61 - 2, 2**61 - 1, 2**63 - 1]:
    print(x, hash(x), hash(x) == hash(float(x)) if abs(x) < 2**53 else "-",
          {x: 1}.get(x), x in {x}, x in {x + 1})
print(sorted({-3, -1, -2, 5, -7}), {-1: "a", -2: "b"}, list({-2: 0, -1: 0}))
print(hash(-1) == hash(-2), {-1, -2}, len({-1, -2, -1.0, -2.0}))
