# find/rfind/index/rindex/count/replace with start/end bounds and empty needles.
s = "abracadabra"
for sub in ["a", "bra", "cad", "z", "", "abracadabra", "abracadabrax"]:
    print(repr(sub), s.find(sub), s.rfind(sub), s.count(sub), sub in s)
for start, end in [(0, None), (1, None), (-4, None), (3, 8), (5, 5), (8, 3), (-100, 100), (20, None), (None, 4), (None, None)]:
    print(start, end, s.find("a", start, end), s.rfind("a", start, end), s.count("a", start, end), s.find("", start, end), s.rfind("", start, end), s.count("", start, end))
print(s.index("c"), s.rindex("a"), s.index("a", 1), s.rindex("a", 0, 5), s.index("bra", -4))
print("".find(""), "".count(""), "".rfind(""), "abc".count(""), "abc".find("", 3), "abc".find("", 4), "aaaa".count("aa"), "aaaa".find("aa", 1))
u = "héllo wörld ☃ héllo"
print(u.find("ö"), u.rfind("héllo"), u.count("l"), u.index("☃"), u.find("llo", 3), u.rindex("h", 0, 10), u.count("é", 2))
for m, args in [("index", ("z",)), ("rindex", ("z",)), ("index", ("a", 1, 2)), ("find", (1,)), ("count", (None,)), ("index", ()), ("find", ("a", "1")), ("rfind", ("a", 1.5))]:
    try:
        print(getattr(s, m)(*args))
    except Exception as e:
        print(m, type(e).__name__, e)
print(s.replace("a", "A"), s.replace("a", "A", 2), s.replace("a", "A", 0), s.replace("a", "A", -1), s.replace("bra", ""))
print("abc".replace("", "-"), "abc".replace("", "-", 2), "".replace("", "x"), "aaa".replace("aa", "b"), "abc".replace("x", "y"))
print("résumé".replace("é", "e"), "a b c".replace(" ", ""), "tic-tac".replace("-", " ", 1), "☃☃".replace("☃", "snow"))
for args in [(1, "a"), ("a", 1), ("a",), ("a", "b", "c"), ("a", "b", 1.5)]:
    try:
        print("aa".replace(*args))
    except TypeError as e:
        print(type(e).__name__, e)
text = "the cat sat on the mat with the hat"
words = text.split()
print({w: text.count(w) for w in ["the", "at", "cat", "dog"]}, text.find("the", 1), text.rfind("the", 0, -5))
pos = -1
found = []
while True:
    pos = text.find("at", pos + 1)
    if pos < 0:
        break
    found.append(pos)
print(found)
print(s.index("nope"))
