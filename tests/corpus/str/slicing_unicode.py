# Indexing and slicing by code point over ASCII, Latin-1, BMP and astral text.
texts = ["hello", "héllo", "日本語テキスト", "a😀b😀c", "mixé日😀!", ""]
for t in texts:
    print(repr(t), len(t), [t[i] for i in range(len(t))], t[::-1], t[1:-1], t[::2], t[-2:], t[:3])
t = "x日😀é"
print([t[i] for i in range(-4, 0)], t[1:3], t[3:1:-1], t[-1::-2], t[10:], t[:-10], t[::3], len(t[2:]))
for start in range(-6, 7, 3):
    for stop in range(-6, 7, 3):
        print(start, stop, repr(t[start:stop]), repr(t[start:stop:-1]))
print(repr("😀"[0]), len("😀"), "😀" * 3, ("é" + "😀")[1], list("a😀"), [c for c in "日本"])
print("é" == "e\u0301", len("e\u0301"), "e\u0301"[::-1] == "\u0301e", repr("\u0301"))
for i in [5, -6, 100, 2**63]:
    try:
        print(t[i])
    except IndexError as e:
        print(type(e).__name__, e)
for bad in [1.5, "1", None, [1]]:
    try:
        print(t[bad])
    except TypeError as e:
        print(type(e).__name__, e)
try:
    t[0] = "y"
except TypeError as e:
    print(type(e).__name__, e)
try:
    del t[0]
except TypeError as e:
    print(type(e).__name__, e)
s = "".join(chr(0x1F600 + i) for i in range(10))
print(s[3:7], s[::-3], s.find("😅"), s.index(chr(0x1F609)), s.count("😀"), s[-1] in s, len(s.encode("utf-8")))
words = "naïve café déjà vu"
print([w[::-1] for w in words.split()], words[6:10], words.title(), words.upper()[:5])
print("abc"[True], "abc"[False:True])
print(t[4])
