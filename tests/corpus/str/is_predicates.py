# The is* predicates over ASCII, Latin-1 and wider Unicode, and empty strings.
preds = ["isalpha", "isdigit", "isdecimal", "isnumeric", "isalnum", "isspace", "isupper", "islower", "istitle", "isprintable", "isidentifier", "isascii"]
samples = ["", "abc", "ABC", "Abc", "aBc", "abc1", "123", "١٢٣", "²", "½", "Ⅻ", "一二", " ", "\t\n", "\xa0", "\u2003", "é", "É", "ß", "Σ", "Title Case", "Title case", "_id", "1id", "id_1", "x y", "\x00", "\x7f", "\u200b", "ǅ", "ﬁ", "😀", "a😀", "if", "ℕ", "ᾈ"]
print(" ".join(p[2:] for p in preds))
for s in samples:
    print(repr(s).ljust(14), " ".join("T" if getattr(s, p)() else "." for p in preds))
for p in preds:
    try:
        getattr("a", p)("x")
    except TypeError as e:
        print(type(e).__name__, e)
print([c for c in "a1 B2_c3!" if c.isalnum()], sum(c.isupper() for c in "Hello World FOO"))
print("".join(c for c in "Phone: +1 (555) 010-9999" if c.isdigit()))
print([w for w in "foo bar2 _baz 3qux class lambda ok".split() if w.isidentifier()])
