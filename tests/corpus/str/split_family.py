# str.split and str.rsplit: whitespace runs, explicit separators, maxsplit, errors.
samples = ["a b c", "  a  b  c  ", "", "   ", "a\tb\nc\x0bd\x0ce\rf\x1cg\x85h\u2003i", "one", "a,b,,c,", ",a,", "x--y--z", "日本 語 ﾃｷｽﾄ"]
for s in samples:
    print(repr(s), s.split(), s.rsplit(), s.split(None, 1), s.rsplit(None, 1))
for s in samples[5:]:
    for sep in [",", "--", "a", " "]:
        print(repr(s), repr(sep), s.split(sep), s.rsplit(sep), s.split(sep, 1), s.rsplit(sep, 1))
print("a,b,c,d".split(",", 0), "a,b,c,d".split(",", 2), "a,b,c,d".rsplit(",", 2), "a,b,c,d".split(",", -1), "a,b,c,d".split(",", 100))
print("  a b c  ".split(maxsplit=1), "  a b c  ".rsplit(maxsplit=1), "  a b c  ".split(None, 0), "  a b c  ".rsplit(None, 0))
print("aaa".split("a"), "aaaa".split("aa"), "aaaaa".rsplit("aa"), "abc".split("abc"), "abc".split("abcd"))
print("1<>2<>3".split(sep="<>"), "1<>2<>3".rsplit(sep="<>", maxsplit=1))
print("é,ü,ß".split(","), "😀x😀".split("x"), "a😀b😀c".rsplit("😀", 1))
for args in [("",), ("", 1), (1,), (None, "1"), (",", 1.5)]:
    for m in ("split", "rsplit"):
        try:
            print(getattr("a,b", m)(*args))
        except Exception as e:
            print(m, type(e).__name__, e)
try:
    "a b".split(sep=",", maxsplit=1, extra=2)
except TypeError as e:
    print(type(e).__name__, e)
csv = "name,age\nann,30\nbob,25\n"
rows = [line.split(",") for line in csv.split("\n") if line]
print(rows, {r[0]: int(r[1]) for r in rows[1:]})
path = "/usr/local/lib/python3.11/site.py"
print(path.rsplit("/", 1), path.split("/")[1:3], path.rsplit(".", 1)[-1])
