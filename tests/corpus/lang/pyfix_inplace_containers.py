# Augmented assignment edits mutable containers in place: list *= n, and
# +=, *=, |=, &=, -=, ^= on subclasses of list, set, dict and bytearray
# keep the same object (and its class).


class L(list):
    pass


class S(set):
    pass


class D(dict):
    pass


class B(bytearray):
    pass


a = [1, 2]
alias = a
a *= 3
print(a, alias is a)
a *= 0
print(a, alias is a)
a = [7]
alias = a
a *= True
print(a, alias is a)
try:
    a *= "x"
except TypeError as e:
    print("TypeError:", e)

l = L([1])
m = l
l *= 2
l += (3,)
l += iter([4])
print(type(l).__name__, l, m is l)
s = S({1, 2})
t = s
s |= {3}
s &= {1, 2, 3, 4}
s -= {1}
s ^= {9, 2}
print(type(s).__name__, sorted(s), t is s)
try:
    s |= [1]
except TypeError as e:
    print("TypeError:", e)
d = D(a=1)
e = d
d |= {"b": 2}
d |= [("c", 3)]
print(type(d).__name__, d, e is d)
b = B(b"ab")
c = b
b *= 2
b += b"!"
b += memoryview(b"?")
print(type(b).__name__, b, c is b)
for bad in ([1], "s", 3):
    try:
        b += bad
    except TypeError as e:
        print("TypeError:", e)
x = bytearray(b"q")
try:
    x += [1]
except TypeError as e:
    print("TypeError:", e)


class R:
    def __rmul__(self, other):
        return "rmul"


z = [1]
z *= R()
print(z)
lz = L([2])
lz *= R()
print(lz)


class Own(list):
    def __iadd__(self, other):
        return "own"


o = Own()
o += [1]
print(o)


def grow(seq, n):
    for _ in range(n):
        seq += [len(seq)]
    return seq


print(grow(L(), 50)[-3:], type(grow(L(), 3)).__name__)
