# Subclasses of bytes and complex: construction, methods, operators.

def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
    else:
        print(label, "->", repr(r))

class B(bytes):
    def shout(self):
        return self.upper() + b"!"

class C(complex):
    def norm2(self):
        return self.real ** 2 + self.imag ** 2

t("sub", lambda: (B(b"hi"), type(B(b"hi")).__name__, B(b"hi").shout(), len(B(b"abc")), B(b"abc")[1], B(b"ab") == b"ab"))
t("sub-iter", lambda: list(B(b"xy")))
t("sub-isinstance", lambda: (isinstance(B(b""), bytes), issubclass(B, bytes), isinstance(b"", B)))
t("sub-hash", lambda: hash(B(b"k")) == hash(b"k"))
t("sub-methods", lambda: (B(b"a,b").split(b","), B(b" x ").strip(), b"-".join([B(b"a"), B(b"b")])))
t("sub-concat", lambda: (b"<" + B(b"x"), B(b"x") + b">"))
t("c-sub", lambda: (C(3, 4), type(C(1)).__name__, C(3, 4).norm2(), abs(C(3, 4)), C(1, 2) + 1, C(1, 2) == 1+2j, hash(C(2)) == hash(2)))
t("c-sub-str", lambda: (C("1+2j"), isinstance(C(1), complex), C(1j).conjugate()))
