# strip/lstrip/rstrip with and without chars, removeprefix/removesuffix.
samples = ["  padded  ", "\t\n\r\x0b\x0c both \u3000\xa0", "", "   ", "xxhixx", "no-strip", "\u2003em\u2003", "\x1c\x1d\x1e\x1f sep \x85"]
for s in samples:
    print(repr(s), repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
for s, chars in [("xxhixx", "x"), ("abcXcba", "abc"), ("abcXcba", "cba"), ("www.example.com", "wcom."), ("  keep  ", ""), ("aaa", "a"), ("éaé", "é"), ("123abc321", "0123456789"), ("<<>>", "<>")]:
    print(repr(s), repr(chars), repr(s.strip(chars)), repr(s.lstrip(chars)), repr(s.rstrip(chars)))
print(repr("  x  ".strip(None)), repr("  x  ".lstrip(None)), repr("  x  ".rstrip(None)))
for s, p in [("TestCase", "Test"), ("TestCase", "Case"), ("TestCase", ""), ("TestCase", "TestCase"), ("TestCase", "test"), ("aaa", "a"), ("", "a"), ("日本語", "日")]:
    print(repr(s), repr(p), repr(s.removeprefix(p)), repr(s.removesuffix(p)))
for m in ["strip", "lstrip", "rstrip", "removeprefix", "removesuffix"]:
    for arg in [5, ["a"], b"a"]:
        try:
            getattr("abc", m)(arg)
        except TypeError as e:
            print(m, type(e).__name__, e)
try:
    "abc".strip("a", "b")
except TypeError as e:
    print(type(e).__name__, e)
try:
    "abc".removeprefix()
except TypeError as e:
    print(type(e).__name__, e)
lines = ["  first line  \n", "\tsecond\t\n", "third"]
print([l.rstrip("\n") for l in lines], [l.strip() for l in lines])
s = "   "
print(s.strip() == "", s.strip() is not s or "same", "abc".strip() == "abc")
