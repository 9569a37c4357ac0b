# str.splitlines (every line boundary, keepends) and str.join (iterables, errors).
texts = ["a\nb\r\nc\rd", "trailing\n", "\n\nx\n\n", "", "no newline", "v\x0bf\x0cfs\x1cgs\x1drs\x1enl\x85ls\u2028ps\u2029end", "a\r\n\r\nb", "\r\r\n\n"]
for t in texts:
    print(repr(t), t.splitlines(), t.splitlines(True), t.splitlines(keepends=True) == t.splitlines(True))
print("a\nb".split("\n") == "a\nb".splitlines(), "a\n".split("\n"), "a\n".splitlines())
print("-".join(["a", "b", "c"]), "".join("abc"), ", ".join(("x",)), "|".join([]), "é".join("abc"), "ab".join(["1", "2", "3"]))
print(" ".join(str(i) for i in range(5)), "+".join({"k1": 1, "k2": 2}), "\n".join(["l1", "l2"]).splitlines())
print("".join(map(chr, [104, 105])), "::".join(sorted({"b", "a", "c"})), "x".join("") == "", ".".join(reversed("abc")))

class S(str):
    pass

print("-".join([S("sub"), "plain"]), type("".join([S("a")])).__name__)
for bad in [[1, 2], ["a", None], ["a", b"b"], 5, ["a", ["b"]], None]:
    try:
        print(",".join(bad))
    except TypeError as e:
        print(type(e).__name__, e)

def gen():
    yield "one"
    yield "two"
    raise ValueError("generator broke")

try:
    " ".join(gen())
except ValueError as e:
    print(type(e).__name__, e)
try:
    "".splitlines(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    "a".join()
except TypeError as e:
    print(type(e).__name__, e)
poem = """Roses are red,
  Violets are blue,\r
Sugar is sweet\r\n\nAnd so are you."""
for i, line in enumerate(poem.splitlines(), 1):
    print(i, repr(line.strip()))
print(len(poem.splitlines()), len(poem.split("\n")), "\n".join(l.upper() for l in poem.splitlines() if l))
big = ",".join(str(i) for i in range(1000))
print(len(big), big[:20], big[-20:], big.count(","))
