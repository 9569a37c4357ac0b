# str.encode and bytes.decode with utf-8, ascii and latin-1 and the error
# handlers; UnicodeDecodeError/UnicodeEncodeError messages and attributes.

def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
    else:
        print(label, "->", repr(r))

text = "naïve café ☕ 𝄞"
for enc in ["utf-8", "UTF8", "utf_8", "U8", "ascii", "US-ASCII", "latin-1", "latin1", "ISO-8859-1", "iso8859_1", "L1", "cp819"]:
    for errors in ["strict", "ignore", "replace", "backslashreplace", "xmlcharrefreplace"]:
        t(f"enc {enc} {errors}", lambda: text.encode(enc, errors))
t("enc-default", lambda: "é".encode())
t("enc-kw", lambda: "é".encode(encoding="latin-1", errors="strict"))
t("enc-unknown", lambda: "x".encode("klingon"))
t("enc-badhandler-ok", lambda: "x".encode("ascii", "nosuch"))
t("enc-badhandler", lambda: "é".encode("ascii", "nosuch"))
t("enc-type", lambda: "x".encode(5))
t("enc-surrogate", lambda: "a\ud800b".encode())
t("enc-surrogate-replace", lambda: "a\ud800\udc00b".encode("utf-8", "replace"))
t("enc-surrogate-pass", lambda: "a\ud800b".encode("utf-8", "surrogatepass"))
t("enc-surrogateescape", lambda: "a\udcffb".encode("utf-8", "surrogateescape"))
t("enc-run", lambda: "abéèêd".encode("ascii"))
t("enc-latin-run", lambda: "x€€y".encode("latin-1"))
t("enc-astral", lambda: "𝄞".encode("ascii"))
t("enc-bmp", lambda: "☕".encode("latin-1"))

samples = [b"plain", b"caf\xc3\xa9", b"\xff", b"a\x80b", b"\xc3", b"\xe2\x82", b"\xe2\x82\xac",
           b"\xe2\x28\xa1", b"\xf0\x9f\x98", b"\xf0\x9f\x98x", b"\xed\xa0\x80", b"\xe0\x80\x80",
           b"\xc0\xaf", b"\xf4\x90\x80\x80", b"\xf5", b"ok\xfe\xffok", b"\xf0\x9f\x98\x80"]
for b in samples:
    for enc in ["utf-8", "ascii", "latin-1"]:
        for errors in ["strict", "ignore", "replace", "backslashreplace", "surrogateescape"]:
            t(f"dec {b!r} {enc} {errors}", lambda: b.decode(enc, errors))
t("dec-unknown", lambda: b"x".decode("klingon"))
t("dec-badhandler", lambda: b"\xff".decode("utf-8", "nosuch"))
t("dec-bytearray", lambda: bytearray(b"\xc3\xa9").decode())
t("str-ctor", lambda: str(b"\xc3\xa9", "utf-8"))
t("str-ctor-err", lambda: str(b"\xff", "utf-8", "replace"))
t("str-ctor-kw", lambda: str(b"abc", errors="strict"))
t("str-ctor-str", lambda: str("abc", "utf-8"))
t("str-ctor-int", lambda: str(5, "utf-8"))
t("roundtrip", lambda: "\udcff\udc80".encode("utf-8", "surrogateescape").decode("utf-8", "surrogateescape"))

try:
    b"ab\xffcd".decode("utf-8")
except UnicodeDecodeError as e:
    print(e.encoding, e.object, e.start, e.end, e.reason, e.args)
try:
    "aé€".encode("ascii")
except UnicodeEncodeError as e:
    print(e.encoding, repr(e.object), e.start, e.end, e.reason)
    print(isinstance(e, UnicodeError), isinstance(e, ValueError))
e = UnicodeDecodeError("utf-8", b"\x00\x01", 0, 2, "custom")
print(str(e))
e = UnicodeEncodeError("ascii", "\U0001f600", 0, 1, "why")
print(str(e))
"snow ☃".encode("ascii")
