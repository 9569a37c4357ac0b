# Indexing and slicing strs that are not all ASCII (lone surrogates, 2-, 3-
# and 4-byte code points), and the code-point counts that concatenation,
# split and replace carry to their results (len and indexing of those), and
# find/count/startswith/endswith with start and end on such strs.
z = "\ud800é\udfffx✓\U0001f600ab"
print(len(z), ascii([z[i] for i in range(-len(z), len(z))]))
print(ascii(z[::-1]), ascii(z[1:6]), ascii(z[::2]), ascii(z[-2:0:-3]), ascii(z[3:4]), ascii(z[5:6]))
print([len(z[i:j]) for i in range(0, 9, 2) for j in range(0, 9, 3)])
print(z[:] is z, z[2:2] == "", ascii(z[100:]), ascii(z[-100:2]), ascii(z[::-4]))
for bad in (9, -10, 1 << 40):
    try:
        z[bad]
    except IndexError as e:
        print(type(e).__name__, e)
try:
    z[1.5]
except TypeError as e:
    print(type(e).__name__, e)
w = "héllo wörld " * 50
print(sum(1 for i in range(len(w)) if w[i] == "ö"), w[599], w[-1] == " ", w[300:312])
a = "ab" + "é"
b = a + "✓" + a
print(len(a), len(b), b[3], b[-1], ascii(b[2:5]), len(b + b), ascii((b + "z")[7:]))
parts = "abc déf  ✓x \t y".split()
print(parts, [len(p) for p in parts], [p[-1] for p in parts])
parts = "a,b,,cd".split(",")
print(parts, [len(p) for p in parts], "a b  c  ".split(None, 1), "  ".split(None, 0))
r = "the cat the hat thé"
for args in [("the", "THE"), ("the", "a", 1), ("the", ""), ("é", "ee"), ("t", "✓✓", 2), ("x", "y"), ("the", "THE", 0), ("", "-", 3)]:
    q = r.replace(*args)
    print(repr(q), len(q), q[-3:], q[4:9])
print(r.replace("zz", "y") is r, "aaaa".replace("aa", "b"), len("é✓".replace("✓", "ab")))
print(ascii(("\udc80" + "a")[0]), len("\udc80" + "\ud800"), ascii(("\ud83d" + "\ude00")[1]))
s = "a\ud800bé\udfffc"
print(s.find("b", 1), s.find("c", 2, 6), s.count("é", 1), s.rfind("\udfff", 0, 6), s.index("c", 1))
print(s.startswith("\ud800", 1), s.endswith("\udfff", 0, 5), s.find("\ud800", 0, 3), s.count("\udfff", 2, 6))
print(s.startswith(("x", "é"), 3, 4), s.endswith("", 7), s.startswith("", 6), s.count("", 2, 4), s.find("", 9))
print("abc".replace("", "-"), "abc".replace("", "-", 2), "".replace("", "x"), "".replace("", ""), "ab".replace("", "", 1), "a".replace("", "-", 0), ascii("\ud800é".replace("", "|")), len("é✓".replace("", "ab")), ascii("\udfff\U0001f600".replace("", "\ud800", 2)))
print(z[10])
