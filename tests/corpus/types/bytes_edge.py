# bytes and bytearray with user classes, subclasses, containers and
# protocols: __radd__, __index__, __bytes__, keys in dicts and sets, sort.

def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
    else:
        print(label, "->", repr(r))

class R:
    def __radd__(self, other):
        return ("radd", other)
    def __rmul__(self, other):
        return ("rmul", other)

class Three:
    def __index__(self):
        return 3

t("radd", lambda: b"ab" + R())
t("rmul", lambda: b"ab" * R())
t("mul-index", lambda: b"ab" * Three())
t("idx-index", lambda: b"abcdef"[Three()])
t("slice-index", lambda: b"abcdef"[Three():])
t("ba-radd", lambda: bytearray(b"x") + R())

d = {b"one": 1, b"two": 2}
d[bytes([111, 110, 101])] += 10
print(d, b"two" in d, bytearray(b"two") in [b"two"])
s = {b"a", b"b", b"a", bytes(1)}
print(sorted(s))
print(sorted([bytearray(b"b"), b"a", bytearray(b"")]))
print(max(b"a", b"b"), min([b"zz", b"z"]))
print(b"".join(sorted([b"c", b"a", b"b"])))
words = b"the quick brown fox jumps over the lazy dog".split()
print(sorted(words, key=len), [w.capitalize() for w in words][:3])
counts = {}
for c in b"mississippi":
    counts[c] = counts.get(c, 0) + 1
print(counts, bytes(sorted(counts)))
print(bytes(reversed(b"abc")), bytearray(reversed(bytearray(b"xyz"))))
print(list(enumerate(b"ab")), list(zip(b"ab", b"cd")), b"abc" * 0, bytes(0))
print(b"%s=%d" % (b"x", 1), b"%5s|%-5s|" % (b"a", b"b"), b"%%|%x|%X|%o" % (255, 255, 8))
print(b"%(k)s" % {b"k": b"v"}, b"%c" % 10, b"%b" % bytearray(b"ba"))
t("pct-bigc", lambda: b"%c" % 256)
t("pct-badkey", lambda: b"%(k)s" % {"k": b"v"})
t("pct-extra", lambda: b"%s" % (b"a", b"b"))
t("pct-dunder", lambda: b"%s" % type("X", (), {"__bytes__": lambda self: b"dunder"})())
t("ba-eq-list", lambda: bytearray(b"a") == [97])
t("ba-mutate-key", lambda: {bytearray(b"a"): 1})
x = bytearray(b"hello")
y = x
del x[1:3]
x.extend(x)
print(x, y, x is y)
x[::2] = bytes(len(x[::2]))
print(x)
x.clear()
print(x, len(x), bool(x))
b"abc".index(b"z")
