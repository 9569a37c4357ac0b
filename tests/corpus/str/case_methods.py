# Case mapping: upper/lower/casefold/capitalize/title/swapcase with non-ASCII text.
samples = ["hello World", "ÀÉÎÕÜ àéîõü", "straße", "ﬁne ﬂag", "İstanbul", "ǅungla", "ΣΊΣΥΦΟΣ", "ὈΔΥΣΣΕΎΣ", "they're bill's friends", "hello_world-foo bar3baz", "123abc", "", "ǈ ǉ Ǉ", "ŉ", "MiXeD cAsE"]
for s in samples:
    print(repr(s), repr(s.upper()), repr(s.lower()), repr(s.casefold()))
    print("   ", repr(s.capitalize()), repr(s.title()), repr(s.swapcase()))
print("ΑΣ ΑΣ.".lower(), "Σ".lower(), "ΑΣΑ".lower(), "ΑΣ1".lower())
print("ß".upper(), len("ß".upper()), "ﬃ".upper(), "ŉ".upper(), "ǰ".upper(), "İ".lower(), len("İ".lower()))
print("groß".casefold() == "GROSS".casefold(), "Straße".lower() == "strasse", "ﬁ".casefold())
print("abc".upper().lower().title(), "ABC".lower().capitalize(), "a.b.c".title(), "x1y2z".title(), "o'neil mcdonald".title())
for m in ["upper", "lower", "title", "capitalize", "swapcase", "casefold"]:
    try:
        getattr("a", m)(1)
    except TypeError as e:
        print(type(e).__name__, e)
words = ["Banana", "apple", "Äpfel", "cherry", "über"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=str.casefold))
print(" ".join(w.capitalize() for w in "the quick brown fox".split()))
