# list slicing: reads, assignment (growing, shrinking, extended), deletion with steps.
base = list(range(10))
for sl in [slice(2, 5), slice(None, 3), slice(7, None), slice(-3, -1), slice(None, None, 2), slice(1, None, 3), slice(None, None, -1), slice(8, 2, -2), slice(-1, -11, -3), slice(5, 2), slice(20, 30)]:
    print(sl, base[sl])
a = list(range(10))
a[2:5] = ["x"]
print(a)
a[2:3] = ["p", "q", "r", "s"]
print(a)
a[:0] = [-2, -1]
print(a)
a[len(a):] = [100]
print(a)
a[3:3] = "ins"
print(a)
a[:] = a[::-1]
print(a)
a[-2:] = []
print(a)
b = list(range(10))
b[::2] = "ABCDE"
print(b)
b[1::2] = range(5)
print(b)
b[::-3] = [None] * 4
print(b)
b[8:2:-2] = ["u", "v", "w"]
print(b)
c = list(range(12))
del c[::3]
print(c)
del c[1:3]
print(c)
del c[::-2]
print(c)
del c[100:]
del c[:0]
print(c)
del c[:]
print(c)
d = list(range(6))
d[1:4] = (x * x for x in range(3))
print(d)
d[10:20] = [7]
print(d)
d[-100:1] = ["start"]
print(d)
e = [1, 2, 3]
e[1:2] = e
print(e)
tests = [
    lambda: base.__setitem__(slice(None, None, 2), [1, 2]),
    lambda: base.__setitem__(slice(None, None, -1), []),
    lambda: base.__setitem__(slice(1, 3), 5),
    lambda: base.__setitem__(slice(None, None, 0), []),
    lambda: base[::0],
    lambda: base["a":"b"],
    lambda: base[1.0:2],
]
for t in tests:
    try:
        print(t())
    except Exception as e:
        print(type(e).__name__, e)
f = list(range(5))
try:
    f[::2] = [1, 2]
except ValueError as e:
    print(type(e).__name__, e, f)
try:
    del f[::0]
except ValueError as e:
    print(type(e).__name__, e)
g = list(range(5))
g[1:4:1] = ["one"]
print(g, base[-100:100], base[5:-100:-1], base[::-4])
h = list("abcdef")
h[-4:-1] = h[-1:-4:-1]
print(h)
