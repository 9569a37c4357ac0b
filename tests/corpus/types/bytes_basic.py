# bytes construction, indexing, slicing, operators, hashing, repr.

def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
    else:
        print(label, "->", repr(r))

class Idx:
    def __index__(self):
        return 3

class WithBytes:
    def __bytes__(self):
        return b"from __bytes__"

class BadBytes:
    def __bytes__(self):
        return "not bytes"

# constructors
t("empty", lambda: bytes())
t("int", lambda: bytes(5))
t("index", lambda: bytes(Idx()))
t("neg", lambda: bytes(-1))
t("list", lambda: bytes([65, 66, 67]))
t("tuple", lambda: bytes((0, 255, 10)))
t("range", lambda: bytes(range(97, 102)))
t("gen", lambda: bytes(x * 2 for x in range(5)))
t("range256", lambda: bytes([256]))
t("rangeneg", lambda: bytes([-1]))
t("nonint", lambda: bytes([1.5]))
t("str-enc", lambda: bytes("héllo", "utf-8"))
t("str-enc-kw", lambda: bytes("abc", encoding="ascii"))
t("str-noenc", lambda: bytes("abc"))
t("str-errors", lambda: bytes("hé", "ascii", "replace"))
t("enc-nonstr", lambda: bytes(b"abc", "utf-8"))
t("enc-int", lambda: bytes(3, "utf-8"))
t("bytes-copy", lambda: bytes(b"xyz"))
t("from-bytearray", lambda: bytes(bytearray(b"ba")))
t("dunder", lambda: bytes(WithBytes()))
t("bad-dunder", lambda: bytes(BadBytes()))
t("float", lambda: bytes(1.5))
t("none", lambda: bytes(None))
t("fromhex", lambda: bytes.fromhex("de ad BE EF"))
t("fromhex-bad", lambda: bytes.fromhex("abc"))
t("fromhex-bad2", lambda: bytes.fromhex("zz"))
t("fromhex-sp", lambda: bytes.fromhex(" 01  02 "))
t("fromhex-type", lambda: bytes.fromhex(b"01"))
t("type", lambda: type(b"x").__name__)

# literals and repr
print(b"", b"abc", b"a'b", b'a"b', b"a'b\"c", b"\x00\x7f\x80\xff", b"\t\n\r\\")
print(repr(b"it's"), str(b"q\"q"))
print(bytes(range(0, 256, 17)))

# indexing and slicing
b = b"hello world"
t("idx0", lambda: b[0])
t("idx-1", lambda: b[-1])
t("idx-big", lambda: b[11])
t("idx-neg", lambda: b[-12])
t("idx-str", lambda: b["a"])
t("idx-obj", lambda: b[Idx()])
t("slice", lambda: b[1:5])
t("slice-step", lambda: b[::2])
t("slice-neg", lambda: b[::-1])
t("slice-neg2", lambda: b[-2:2:-3])
t("slice-empty", lambda: b[5:1])
t("slice-big", lambda: b[-100:100])
print(list(b"abc"), [x for x in b"\x01\x02"], len(b), len(b""))
it = iter(b"ab")
print(type(it).__name__, next(it), next(it), next(it, "end"))
t("in-int", lambda: 104 in b)
t("in-bytes", lambda: b"wor" in b)
t("in-empty", lambda: b"" in b)
t("in-bytearray", lambda: bytearray(b"lo") in b)
t("in-256", lambda: 256 in b)
t("in-str", lambda: "h" in b)
t("bool", lambda: (bool(b""), bool(b"\x00")))

# comparisons
t("eq", lambda: b"abc" == b"abc")
t("eq-ba", lambda: b"abc" == bytearray(b"abc"))
t("ne-str", lambda: b"abc" == "abc")
t("lt", lambda: (b"abc" < b"abd", b"ab" < b"abc", b"b" > b"abc", b"" <= b""))
t("lt-ba", lambda: b"a" < bytearray(b"b"))
t("lt-str", lambda: b"a" < "b")
t("lt-int", lambda: b"a" >= 1)
t("sorted", lambda: sorted([b"b", b"a", b"ab", b"\xff", b""]))

# operators
t("add", lambda: b"ab" + b"cd")
t("add-ba", lambda: b"ab" + bytearray(b"cd"))
t("add-str", lambda: b"ab" + "cd")
t("add-int", lambda: b"ab" + 1)
t("radd-str", lambda: "ab" + b"cd")
t("mul", lambda: b"ab" * 3)
t("rmul", lambda: 2 * b"xy")
t("mul0", lambda: b"ab" * -1)
t("mul-float", lambda: b"ab" * 1.5)
t("mul-big", lambda: b"ab" * (1 << 70))
t("mod", lambda: b"%d-%s-%x" % (5, b"zz", 255))
t("mod-single", lambda: b"[%s]" % b"one")
t("mod-r", lambda: b"%r %a" % ("h\xe9", b"x"))
t("mod-c", lambda: b"%c%c" % (65, b"B"))
t("mod-str", lambda: b"%s" % "text")
t("mod-dict", lambda: b"%(a)s %(b)d" % {b"a": b"A", b"b": 7})
t("mod-few", lambda: b"%s %s" % (b"a",))
t("mod-float", lambda: b"%.2f|%5.1e|%g" % (3.14159, 12345.678, 0.5))
t("sub", lambda: b"ab" - b"a")
t("neg", lambda: -b"ab")

# hashing (PYTHONHASHSEED=0)
for x in [b"", b"a", b"abc", b"hello world", bytes(range(20))]:
    print(x, hash(x))
print(hash(b"abc") == hash(b"abc"), {b"k": 1}[b"k"], len({b"a", b"a", b"b"}))
t("hash-ba", lambda: hash(bytearray(b"x")))

# conversions
t("int", lambda: int(b"42"))
t("int-base", lambda: int(b"ff", 16))
t("float", lambda: float(b"2.5"))
t("str-bytes", lambda: str(b"abc", "ascii"))
t("str-ba", lambda: str(bytearray(b"abc"), "ascii"))
t("list-rev", lambda: list(reversed(b"abc")))
t("max", lambda: max(b"hello"))
t("sum", lambda: sum(b"\x01\x02\x03"))
t("format", lambda: format(b"ab"))
t("format-spec", lambda: format(b"ab", "10"))
t("fstring", lambda: f"{b'xy'}|{b'xy'!r}")
t("setitem", lambda: b.__setitem__(0, 1))
def setit():
    c = b"abc"
    c[0] = 1
t("setitem2", setit)
def delit():
    c = b"abc"
    del c[0]
t("delitem", delit)
x = b"end"
x += b"!"
x *= 2
print(x)
print(b"abc"[5])
