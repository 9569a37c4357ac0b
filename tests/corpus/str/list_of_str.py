# list(s), tuple(s), sorted(s), set(s) and friends split a str into its
# characters: ASCII, Latin-1, BMP, astral, lone surrogates, empty, long.
texts = ["", "a", "ab", "héllo", "日本語テキスト", "emoji 😀👍 mix", "\ud800x\udfff", "\x00\x7f\x80\xff", "a" * 3000 + "é"]
for t in texts:
    l = list(t)
    print(len(l), len(t), l[:8], l[-3:], "".join(l) == t)
    print(tuple(t)[:5], sorted(t)[:5], len(set(t)), [c for c in t][:3] == l[:3])
    print(all(len(c) == 1 for c in l), [ord(c) for c in l[:6]])
big = "abcdefghij" * 3000
l = list(big)
print(len(l), l[12345], l.count("j"), l[0] is l[10])
u = "héllo wörld" * 1000
lu = list(u)
print(len(lu), lu[:12], lu.count("ö"), sum(map(ord, lu)))

class S(str):
    def __iter__(self):
        return iter(["custom"])

print(list(S("abc")), tuple(S("xy")), sorted(S("zz")))
x = []
x.extend("héllo")
x += "ab"
print(x, list(reversed("añb")), list(map(str.upper, "añb")))
print(list(enumerate("añ😀")), dict.fromkeys("hello"), min("héllo"), max("héllo"))
