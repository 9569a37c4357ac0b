# Two-part slice loads a[lo:hi] (the interpreter does them without a slice
# object for lists, tuples and ASCII strs with int or None bounds): bounds
# past either end, negative bounds, bools, big ints, __index__ objects,
# subclasses, non-ASCII text and the errors of bad bounds.
class Idx:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v

class L(list):
    def __getitem__(self, k):
        return ("L", k)

class S(str):
    pass

vals = [None, 0, 1, 3, 5, 9, -1, -3, -5, -9, True, False, 2**70, -2**70]
seqs = [[10, 11, 12, 13, 14], (1, "a", 2.5, None, (3,)), "hello", "", [], (), "héllo wörld", "x"]
for s in seqs:
    out = []
    for lo in vals:
        for hi in vals:
            out.append(s[lo:hi])
    print(type(s).__name__, len(out), out[:6], out[-6:])
    print(sum(len(x) for x in out))

t = (1, 2, 3)
print(t[:] is t, t[0:3] is t, t[0:99] is t, t[-99:] is t)
w = "abcdef"
print(w[:] is w, w[0:6] is w, w[2:3], w[5:], w[:1], repr(w[3:3]))
l = [1, 2, 3]
c = l[:]
print(c == l, c is l)
c.append(4)
print(l, c)
print(l[Idx(1):Idx(-1)], "abc"[Idx(0):Idx(2)])
print(L([1, 2, 3])[1:2], S("abcd")[1:3], type(S("abcd")[1:3]).__name__)
print(bytearray(b"abcdef")[1:4], b"abcdef"[2:], range(10)[2:8])
for bad in ["1", 1.5, [], object()]:
    try:
        [1, 2, 3][bad:2]
    except TypeError as e:
        print("TypeError", e)
    try:
        "abc"[:bad]
    except TypeError as e:
        print("TypeError", e)
try:
    None[1:2]
except TypeError as e:
    print("TypeError", e)
try:
    5[:1]
except TypeError as e:
    print("TypeError", e)
# slices in a loop, the shape of a merge sort
def halves(a):
    if len(a) <= 1:
        return a
    mid = len(a) // 2
    return halves(a[:mid]) + halves(a[mid:])
print(halves(list(range(37)))[::5], halves(tuple("slicing"))), halves("recurse")
# slice objects still work, and are still built where stored
s = slice(1, 3)
print([5, 6, 7, 8][s], "wxyz"[s])
x = [0, 1, 2, 3, 4]
x[1:3] = "ab"
del x[3:]
print(x, x[-2:])
