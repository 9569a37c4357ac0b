# ascii_case: upper/lower/casefold of ASCII and non-ASCII strs of every
# length, and what the results are used for next (len, find, indexing,
# hashing, comparison), since an ASCII result is marked as such.
samples = ["", "a", "Z", "0", " ", "ab", "AB", "aB9 !", "the quick brown fox",
           "THE QUICK BROWN FOX", "MiXeD CaSe 123 @[`{", "\x7f\x00A", "é", "Éa",
           "straße", "ǅ", "ı", "İ", "ﬃ", "Ω and ω", "a\U0001d400b"]
for s in samples:
    u, l, c = s.upper(), s.lower(), s.casefold()
    print(repr(u), repr(l), repr(c), len(u), len(l), len(c))
    print(u.find("B"), l.find("b"), c.rfind("a"), u.count("A"), l[:2], u[-1:])
    print(u == s.upper(), hash(u) == hash(s.upper()), u < l, {u: 1}.get(s.upper()))

long = "w123 the W456 " * 3000
for f in (str.upper, str.lower, str.casefold):
    r = f(long)
    print(f.__name__, len(r), r.find("w999"), r.find("THE"), r.count("w"), r[7:12], r.index("4"))
print(long.upper().lower() == long.lower(), long.lower().upper() == long.upper())
class S(str):
    pass
print(type(S("aB").upper()).__name__, S("aB").upper(), S("aB").lower())
try:
    "a".upper(1)
except TypeError as e:
    print(type(e).__name__, e)
