# Every method of bytes, with keyword forms and error cases.

def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
    else:
        print(label, "->", repr(r))

s = b"Hello, World! hello"
# case
for name in ["capitalize", "lower", "upper", "swapcase", "title"]:
    for x in [b"", b"hELLO wORLD", b"abc1def ghi", b"\xe9t\xc9 x", b"they're bill's"]:
        t(name + " " + repr(x), lambda: getattr(x, name)())
# predicates
for name in ["isalnum", "isalpha", "isascii", "isdigit", "islower", "isspace", "istitle", "isupper"]:
    print(name, [getattr(x, name)() for x in [b"", b"abc", b"ABC", b"Abc Def", b"123", b"a1", b" \t\n\x0b\x0c\r", b"\xe9", b"aB", b"A1 B2"]])
# padding
t("center", lambda: b"abc".center(9, b"*"))
t("center-even", lambda: (b"ab".center(5), b"abc".center(6, b"-"), b"abc".center(2)))
t("center-badfill", lambda: b"abc".center(9, b"**"))
t("center-strfill", lambda: b"abc".center(9, "*"))
t("center-noarg", lambda: b"abc".center())
t("ljust", lambda: (b"ab".ljust(5, b"."), b"ab".ljust(1)))
t("rjust", lambda: (b"ab".rjust(5, b"."), b"ab".rjust(-3)))
t("zfill", lambda: (b"42".zfill(5), b"-42".zfill(6), b"+x".zfill(4), b"abc".zfill(2), b"".zfill(3)))
t("ljust-float", lambda: b"ab".ljust(5.0))
# counting and searching
t("count", lambda: (s.count(b"l"), s.count(b"ll", 3), s.count(b"l", 0, 5), s.count(108), s.count(b""), s.count(b"", 5, 2)))
t("count-str", lambda: s.count("l"))
t("count-256", lambda: s.count(256))
t("find", lambda: (s.find(b"o"), s.find(b"o", 5), s.find(b"o", 5, 8), s.find(b"zz"), s.find(111), s.find(b""), s.find(b"", 100)))
t("find-neg", lambda: (s.find(b"h", -5), s.find(b"l", -100, -10), s.find(b"l", None, None)))
t("rfind", lambda: (s.rfind(b"o"), s.rfind(b"o", 0, 10), s.rfind(b"zz"), s.rfind(108), s.rfind(b"")))
t("index", lambda: (s.index(b"W"), s.rindex(b"l")))
t("index-miss", lambda: s.index(b"zz"))
t("rindex-miss", lambda: s.rindex(b"zz", 1))
t("find-str", lambda: s.find("o"))
t("find-badidx", lambda: s.find(b"o", "1"))
t("startswith", lambda: (s.startswith(b"Hell"), s.startswith(b"ello", 1), s.startswith((b"x", b"He")), s.startswith(b"", 50), s.startswith(b"lo", 3, 4)))
t("endswith", lambda: (s.endswith(b"hello"), s.endswith(b"World", 0, 12), s.endswith((b"a", b"o")), s.endswith(bytearray(b"lo"))))
t("startswith-str", lambda: s.startswith("H"))
t("startswith-tuple-str", lambda: s.startswith((b"H", "H")))
t("endswith-int", lambda: s.endswith(1))
# strip family
t("strip", lambda: (b"  a b \t\n".strip(), b"xxaxx".strip(b"x"), b"abcba".strip(b"ab"), b"aa".strip(b"a"), b" x ".strip(None)))
t("lstrip", lambda: (b"  a ".lstrip(), b"xya".lstrip(b"yx")))
t("rstrip", lambda: (b"  a  ".rstrip(), b"ayx".rstrip(bytearray(b"xy"))))
t("strip-str", lambda: b"a".strip("a"))
t("removeprefix", lambda: (b"prefix-body".removeprefix(b"prefix-"), b"abc".removeprefix(b"x"), b"abc".removesuffix(b"bc"), b"abc".removesuffix(b"")))
t("removeprefix-str", lambda: b"abc".removeprefix("a"))
# split family
t("split", lambda: (b"a b  c ".split(), b"a,b,,c".split(b","), b"a,b,c".split(b",", 1), b"".split(), b"".split(b","), b"  ".split(None, 1)))
t("split-kw", lambda: b"a-b-c".split(sep=b"-", maxsplit=1))
t("split-ws-max", lambda: (b"  a  b  c  ".split(maxsplit=1), b"a\x0bb\x1cc".split()))
t("split-empty", lambda: b"a".split(b""))
t("split-str", lambda: b"a".split("a"))
t("rsplit", lambda: (b"a b  c ".rsplit(), b"a,b,c".rsplit(b",", 1), b"  a  b  c  ".rsplit(None, 1), b"x".rsplit(b"x")))
t("splitlines", lambda: (b"a\nb\r\nc\rd\n".splitlines(), b"a\nb\r\n\n".splitlines(True), b"".splitlines(), b"x\x0by\x0cz".splitlines(keepends=False)))
t("partition", lambda: (b"a=b=c".partition(b"="), b"abc".partition(b"x"), b"a=b=c".rpartition(b"="), b"abc".rpartition(b"x")))
t("partition-empty", lambda: b"abc".partition(b""))
t("partition-str", lambda: b"abc".partition("b"))
t("join", lambda: (b", ".join([b"a", bytearray(b"b"), b"c"]), b"".join([]), b"-".join(x for x in [b"1", b"2"])))
t("join-str", lambda: b",".join([b"a", "b"]))
t("join-int", lambda: b",".join([1]))
t("join-notiter", lambda: b",".join(5))
# replace
t("replace", lambda: (s.replace(b"l", b"L"), s.replace(b"l", b"", 2), s.replace(b"", b"-"), b"aaa".replace(b"a", b"bb", 0), b"abc".replace(b"", b".", 2)))
t("replace-str", lambda: s.replace("l", b"x"))
t("replace-neg", lambda: b"aaa".replace(b"a", b"b", -1))
# expandtabs
t("expandtabs", lambda: (b"a\tbc\td".expandtabs(), b"a\tb".expandtabs(4), b"ab\n\tc".expandtabs(tabsize=2), b"\t".expandtabs(0), b"a\r\tb".expandtabs(3)))
# hex and fromhex
t("hex", lambda: (b"\x01\xab\xff".hex(), b"".hex(), b"\x01\x02\x03\x04\x05".hex(":"), b"\x01\x02\x03\x04\x05".hex("-", 2), b"\x01\x02\x03\x04\x05".hex(" ", -2), b"abc".hex(sep=b"|", bytes_per_sep=1)))
t("hex-badsep", lambda: b"ab".hex("::"))
t("hex-sepstr", lambda: b"ab".hex("\xe9"))
t("hex-sep0", lambda: b"abcd".hex(":", 0))
t("fromhex-round", lambda: bytes.fromhex(b"\x00\x10 hi!".hex()))
# translate and maketrans
tbl = bytes.maketrans(b"abc", b"xyz")
t("maketrans", lambda: (len(tbl), tbl[97:100]))
t("translate", lambda: (b"aabbcc dd".translate(tbl), b"abcdef".translate(None, b"bd"), b"abcdef".translate(tbl, b"a"), b"abc".translate(None, delete=b"c")))
t("maketrans-len", lambda: bytes.maketrans(b"ab", b"x"))
t("translate-badtbl", lambda: b"a".translate(b"short"))
t("translate-str", lambda: b"a".translate("x" * 256))
t("maketrans-str", lambda: bytes.maketrans("a", "b"))
# decode
t("decode", lambda: (b"caf\xc3\xa9".decode(), b"abc".decode("ascii"), b"\xe9".decode("latin-1"), b"x".decode(encoding="utf-8", errors="strict")))
# call forms and argument errors
t("unbound", lambda: bytes.upper(b"xy"))
t("unbound-wrong", lambda: bytes.upper("xy"))
t("unbound-none", lambda: bytes.upper())
t("upper-arg", lambda: b"x".upper(1))
t("find-noarg", lambda: b"x".find())
t("find-many", lambda: b"x".find(b"a", 1, 2, 3))
t("count-kw", lambda: b"x".count(b"x", start=0))
t("method-repr", lambda: repr(b"x".upper)[:29])
print(sorted(n for n in dir(bytes) if not n.startswith("_")))
