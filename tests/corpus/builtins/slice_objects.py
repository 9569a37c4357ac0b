# slice objects: attributes, indices(), use as subscripts, equality, errors.
s = slice(5)
print(s, s.start, s.stop, s.step, repr(slice(1, 10, 2)), slice(None, None, -1), slice("a", [1], None))
print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 2, None), slice(1, 2, 1) == slice(1, 2), slice(1, 3) < slice(1, 4))
data = list(range(10))
for sl in [slice(2, 5), slice(None, None, 2), slice(None, None, -1), slice(-3, None), slice(8, 2, -2), slice(100, 200), slice(-100, 3)]:
    print(sl, data[sl], "abcdefghij"[sl], tuple(data)[sl], range(10)[sl])
for sl in [slice(None), slice(2, 5), slice(-3, None), slice(None, None, -1), slice(-100, 100, 3), slice(5, 1, -1), slice(None, None, -3), slice(0, 0)]:
    print(sl, sl.indices(10), sl.indices(0), sl.indices(3))
print(slice(2**70, -(2**70), -(2**65)).indices(5))
lst = list("abcdefgh")
lst[slice(1, 3)] = ["X"]
print(lst)
del lst[slice(None, None, 2)]
print(lst)

class Recorder:
    def __getitem__(self, key):
        return key

r = Recorder()
print(r[1:2], r[::3], r[:], r[1:2, 3], r[..., 1:], r[::-1], r[None:None])
print(type(r[1:2]).__name__, r[1:2:3].step, r["a":"b"].start)

class Idx:
    def __index__(self):
        return 2

print(data[Idx():5], slice(Idx(), 8).indices(6))
tests = [
    lambda: slice(),
    lambda: slice(1, 2, 3, 4),
    lambda: slice(1, 2, 0).indices(5),
    lambda: slice(1, 2).indices(-1),
    lambda: slice("a", 3).indices(5),
    lambda: data[::0],
    lambda: data[1.5:2],
    lambda: "abc"["a":],
    lambda: hash(slice(1, 2)),
    lambda: slice(1, 2) < slice("a", 2),
    lambda: setattr(slice(1), "start", 3),
    lambda: slice(1, 2).indices(),
]
for t in tests:
    try:
        print(t())
    except Exception as e:
        print(type(e).__name__, e)
print(data[slice(None, None, None)] == data, "hello"[slice(1, None)], [0, 1, 2, 3][slice(3)])
