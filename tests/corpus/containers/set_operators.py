# set operators | & - ^ and comparisons, in-place forms, mixing set/frozenset, errors.
a, b = {1, 2, 3, 4}, {3, 4, 5, 6}
print(a | b, a & b, a - b, b - a, a ^ b, a | set(), a & set(), a - a)
print(a < b, a <= a, a < a | b, a > {1}, a >= {1, 2, 3, 4}, a == {4, 3, 2, 1}, a != b, {1} < {2})
x = set(a)
x |= {10}
print(x)
x &= {1, 2, 10, 11}
print(x)
x -= {2}
print(x)
x ^= {1, 99}
print(x)
f = frozenset([1, 2, 3])
print(f | {9}, {9} | f, f & {1}, {1} & f, f - {1}, f ^ {3, 4}, type(f | {9}).__name__, type({9} | f).__name__)
print(f == {1, 2, 3}, {1, 2, 3} == f, f <= {1, 2, 3, 4}, {1} < f, hash(f) == hash(frozenset({3, 2, 1})))
y = f
y |= {4}
print(y, f, y is f, type(y).__name__)
tests = [
    lambda: a | [1],
    lambda: a & "ab",
    lambda: a - (1,),
    lambda: a ^ None,
    lambda: [1] | a,
    lambda: a + b,
    lambda: a * 2,
    lambda: a < [1],
    lambda: a <= 5,
    lambda: -a,
]
for t in tests:
    try:
        print(t())
    except TypeError as e:
        print(type(e).__name__, e)
z = {1}
try:
    z |= [2]
except TypeError as e:
    print(type(e).__name__, e)
print({1, 2} == [1, 2], {1} == frozenset({1}), set() == frozenset(), {1, 2} != {2, 1})
print(sorted({"apple", "pie"} | {"cherry"}), {"a", "b"} & {"b", "c"}, sorted({"x", "y", "z"} - {"y"}))
evens = set(range(0, 20, 2))
threes = set(range(0, 20, 3))
print(sorted(evens & threes), sorted(evens ^ threes), len(evens | threes), evens - threes > {2})

class S(set):
    pass

r = S([1, 2]) | {3}
print(type(r).__name__, r, type(S([1]) & S([1])).__name__)
big_a = set(range(0, 100, 3))
big_b = set(range(0, 100, 5))
print(sorted(big_a & big_b), len(big_a | big_b), len(big_a - big_b), len(big_a ^ big_b))
