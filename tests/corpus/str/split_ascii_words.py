# str.split() without arguments on ASCII text: every kind of ASCII
# whitespace, runs of it at either end, empty and all-space strs, one-char
# words, and the same with maxsplit and on non-ASCII text for comparison.
cases = [
    "",
    " ",
    "   \t\n ",
    "a",
    " a",
    "a ",
    "  a  b  ",
    "one two  three\tfour\nfive\rsix\x0bseven\x0ceight",
    "x\x1cy\x1dz\x1ew\x1fv",
    "\x1c\x1d\x1e\x1f",
    "a\x00b \x7fc",
    "w1 w2 the w3 " * 5,
    "!\"#$%&'()*+,-./ 0123456789:;<=>?@ [\\]^_`{|}~",
    "é a b",
    "a\u3000b\x85c\xa0d",
]
for s in cases:
    print(repr(s), s.split(), s.split(None, 1), s.split(maxsplit=2))
words = ("ab cd  e " * 1000).split()
print(len(words), words[:5], words[-3:], all(type(w) is str for w in words))
big = " ".join("w%d" % (i * 7919 % 1000) for i in range(5000))
parts = big.split()
print(len(parts), parts[:3], parts[-3:], sum(map(len, parts)))
print(" ".join(parts) == big, big.split() == big.split(" "))
class S(str):
    pass
print(S(" a b ").split(), type(S(" a b ").split()[0]).__name__)
