# str(), repr() and ascii() of builtins, user classes, and their errors.
values = [0, -1, 1.0, 1e16, 1e-5, 0.1, True, None, "s", "it's", 'a"b', "both'\"", [1, "a"], (1,), (), {"k": [None]}, set(), {1}, frozenset(), range(3), Ellipsis, NotImplemented, b"x"]
for v in values:
    print(str(v), repr(v), ascii(v), sep=" | ")
for s in ["é", "日本", "\x00\x07\x1b", "\ud800", "\U0001F600", "tab\t", "\\", "\u200b", "\xa0", "\x7f\x80\x9f"]:
    print(repr(s), ascii(s), len(s))
print(str(), str(""), str(b"abc", "ascii"), str(b"h\xc3\xa9", "utf-8"), str(b"\xff", "latin-1"))
print(str(b"\xff", "utf-8", "replace"), str(b"a\xffb", encoding="ascii", errors="ignore"))
for args in [(b"\xff", "utf-8"), (1, "utf-8"), ("x", "utf-8"), (b"x", "bogus-codec")]:
    try:
        print(str(*args))
    except Exception as e:
        print(type(e).__name__, e)

class Both:
    def __str__(self):
        return "str-form"
    def __repr__(self):
        return "repr-form"

class ReprOnly:
    def __repr__(self):
        return "<ReprOnly é>"

class Plain:
    pass

print(str(Both()), repr(Both()), ascii(Both()), str(ReprOnly()), ascii(ReprOnly()), [Both()], f"{Both()!r}")
print(repr(Plain()).startswith("<__main__.Plain object at 0x"), str(Plain) , repr(int), repr(len), repr(str.upper) if False else "")

class BadRepr:
    def __repr__(self):
        return 5

class BadStr:
    def __str__(self):
        return None

class Raising:
    def __repr__(self):
        raise KeyError("in repr")

for f, v in [(repr, BadRepr()), (str, BadRepr()), (str, BadStr()), (ascii, BadRepr()), (repr, Raising()), (repr, [Raising()])]:
    try:
        print(f(v))
    except Exception as e:
        print(type(e).__name__, e)

class MyStr(str):
    def __repr__(self):
        return "MyStr!"

m = MyStr("val")
print(str(m), repr(m), type(str(m)).__name__, m.upper(), [m])
print(repr(-0.0), repr(1e300 * 10), repr(float("nan")), repr(2**100), repr(-(2**64)))
print(str(1e22), str(1e21), str(123456789.0), str(0.0001), str(0.00001), str(1/3))
