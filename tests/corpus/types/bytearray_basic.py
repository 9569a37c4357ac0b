# bytearray: construction, mutation, slice assignment, in-place operators.

def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
    else:
        print(label, "->", repr(r))

t("empty", lambda: bytearray())
t("int", lambda: bytearray(3))
t("list", lambda: bytearray([1, 2, 255]))
t("bad", lambda: bytearray([300]))
t("str", lambda: bytearray("hé", "utf-8"))
t("str-noenc", lambda: bytearray("x"))
t("bytes", lambda: bytearray(b"abc"))
t("float", lambda: bytearray(2.0))
t("fromhex", lambda: bytearray.fromhex("0a 0b"))
t("repr", lambda: (repr(bytearray(b"a'\"\n")), str(bytearray(b"x"))))
t("type", lambda: type(bytearray()).__name__)

a = bytearray(b"hello")
a[0] = 72
print(a, a[0], a[-1], a[1:3], a[::-1], len(a))
def setitem(o, k, v):
    o[k] = v
t("set-range", lambda: setitem(a, 0, 256))
t("set-neg", lambda: setitem(a, 0, -1))
t("set-str", lambda: setitem(a, 0, "x"))
t("set-idx", lambda: setitem(a, 10, 1))
t("get-idx", lambda: a[10])
t("get-str", lambda: a["x"])

def seq():
    b = bytearray(b"0123456789")
    b[2:5] = b"ab"
    print(1, b)
    b[:0] = b"<<"
    print(2, b)
    b[len(b):] = [33, 34]
    print(3, b)
    b[::2] = b"x" * len(b[::2])
    print(4, b)
    b[1:3] = bytearray(b"")
    print(5, b)
    b[3:1] = b"ZZ"
    print(6, b)
    del b[0]
    print(7, b)
    del b[-2:]
    print(8, b)
    del b[::3]
    print(9, b)
    b[:] = b"reset"
    print(10, b)
    b[1:4] = b
    print(11, b)
    try:
        b[0:2] = 3
    except TypeError as e:
        print("TypeError", e)
    try:
        b[::2] = b"toolong"
    except ValueError as e:
        print("ValueError", e)
    try:
        b[0:1] = "str"
    except TypeError as e:
        print("TypeError", e)
    try:
        b[0:1] = [1, 999]
    except ValueError as e:
        print("ValueError", e)
    try:
        del b[100]
    except IndexError as e:
        print("IndexError", e)
    b[::-1] = b"abcdefg"
    print(13, b)
seq()

def mut():
    b = bytearray(b"abc")
    b.append(100)
    b.extend(b"ef")
    b.extend([103, 104])
    b.extend(x for x in (105,))
    print(b)
    b.insert(0, 65)
    b.insert(-1, 66)
    b.insert(100, 67)
    b.insert(-100, 68)
    print(b)
    print(b.pop(), b.pop(0), b.pop(-2), b)
    b.remove(98)
    print(b)
    b.reverse()
    print(b)
    c = b.copy()
    c.clear()
    print(b, c, c is not b)
    for f in [lambda: b.append(256), lambda: b.append("x"), lambda: b.remove(122),
              lambda: bytearray().pop(), lambda: b.pop(50), lambda: b.insert(0, -5),
              lambda: b.extend(5), lambda: b.extend("str"), lambda: b.extend([1, "x"]),
              lambda: b.insert("0", 1)]:
        try:
            f()
        except Exception as e:
            print(type(e).__name__, e)
    x = bytearray(b"ab")
    y = x
    x += b"cd"
    x += bytearray(b"!")
    print(x, y, x is y)
    x *= 2
    print(x, y is x)
    x *= 0
    print(x, y)
    try:
        x += "s"
    except TypeError as e:
        print("TypeError", e)
    print(bytearray(b"ab") + b"cd", b"ab" + bytearray(b"cd"), bytearray(b"ab") * 2, 3 * bytearray(b"x"))
    print(type(bytearray(b"ab") + b"cd").__name__, type(b"ab" + bytearray(b"cd")).__name__)
mut()

# methods return bytearray
b = bytearray(b"  Hello World  ")
print(b.strip(), b.upper(), b.split(), b.replace(b"l", b"L"), b.partition(b"o"))
print(b.find(b"o"), b.count(b"l"), b.startswith(b"  H"), b.hex(), b.decode())
print(bytearray(b",").join([b"a", b"b"]), bytearray.maketrans(b"a", b"b"))
print(b.center(20, b"."), b.zfill(20), b.title(), b.swapcase())
print(b == b"  Hello World  ", b != bytearray(b"x"), b < b"z", b >= bytearray(b"  H"))
print(bytearray(b"abc") in [b"abc"], b"abc" in [bytearray(b"abc")], 108 in b)

# iteration sees mutation
c = bytearray(b"abc")
out = []
for i, x in enumerate(c):
    out.append(x)
    if i == 0:
        c.append(100)
print(out, type(iter(c)).__name__)
try:
    {bytearray(b"x"): 1}
except TypeError as e:
    print("TypeError", e)
d = bytearray(b"abc")
d[5]
