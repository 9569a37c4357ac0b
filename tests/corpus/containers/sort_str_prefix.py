# Sorting strs (the interpreter compares 8-byte prefixes first): texts
# equal in their first 8 bytes, embedded NULs, prefixes of each other,
# non-ASCII and astral text, lone surrogates, equal texts (stability,
# reverse), and str(int) keys.
words = ["", "a", "a\x00", "a\x00\x00", "ab", "abcdefgh", "abcdefghi", "abcdefgh\x00",
         "abcdefgha", "abcdefgg", "\x00", "\x00a", "é", "e", "f", "日本", "日", "😀", "\uffff",
         "\ud800", "\udfff", "\ue000", "zzzzzzzzzzzzzz", "zzzzzzzzzzzzzy", "ABCDEFGHIJ", "abcdefgh"]
print(sorted(words))
print(sorted(words, reverse=True))
print(sorted(words, key=len))
class Tag:
    def __init__(self, s, n):
        self.s, self.n = s, n
    def __repr__(self):
        return "%s#%d" % (self.s, self.n)
items = [Tag(w, i) for i, w in enumerate(["b", "a", "b", "a", "abcdefgh1", "abcdefgh0", "abcdefgh1", "b"])]
print(sorted(items, key=lambda t: t.s))
print(sorted(items, key=lambda t: t.s, reverse=True))
nums = [(x * 7919) % 1000 - 500 for x in range(300)]
strs = [str(v) for v in nums]
print(strs[:10], len(set(strs)))
s2 = sorted(strs)
print(s2[:10], s2[-10:])
strs.sort(reverse=True)
print(strs[:10], strs[-5:])
print(str(0), str(-1), str(9223372036854775807), str(-9223372036854775808), str(2**64), str(True), str(3.5))
print(str("x") is "x".__str__(), type(str(5)).__name__, len(str(-12345)), str(-12345)[1:].isdigit())
long_common = ["prefix_common_%05d" % ((i * 37) % 101) for i in range(101)]
print(sorted(long_common)[:3], sorted(long_common)[-2:], sorted(long_common) == sorted(long_common, key=lambda s: [ord(c) for c in s]))
