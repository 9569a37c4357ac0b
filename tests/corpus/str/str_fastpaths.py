# Fast paths of str: ASCII slicing and indexing, join of lists/tuples and of
# generators, prefix/suffix tests, find/rfind/count/index with and without
# ranges, on ASCII and non-ASCII text (byte and code point indices differ).
s = "héllo wörld"
print(s[1:4], s[::-1], s[::2], len(s), s[-1], s[3])
a = "hello world"
print(a[1:4], a[::-1], a[::3], len(a), a[-1], a[3], a[:] is a, a[5:5] == "", a[100:], a[-100:2])
print("abc".startswith("ab"), "abc".endswith("bc"), "abc".startswith(""), "héllo".startswith("hé"), "héllo".endswith("llo"), "abc".startswith("abcd"))
print("x".join(["a", "b", "c"]), "".join([]), "-".join(("q",)), ", ".join(str(i) for i in range(5)))
try:
    "".join(["a", 1])
except TypeError as e:
    print(type(e).__name__, e)
print(len("€uro"), "€uro"[0], "ab" + "cd", "a" + "", "" + "é")
for s in ["hello world hello", "héllo wörld héllo", ""]:
    for sub in ["hello", "héllo", "l", "", "o w", "ö", "zz"]:
        r = [s.find(sub), s.rfind(sub), s.count(sub), s.find(sub, 2), s.rfind(sub, 1, -2), s.count(sub, 3), s.count(sub, 1, 100), s.find(sub, -5), s.find(sub, 30), s.count(sub, 30), s.rfind(sub, 0, 0)]
        try:
            r.append(s.index(sub))
        except ValueError as e:
            r.append(str(e))
        try:
            r.append(s.rindex(sub, 4))
        except ValueError as e:
            r.append(str(e))
        print(repr(s), repr(sub), r)
try:
    "abc".find(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    "abc".count()
except TypeError as e:
    print(type(e).__name__, e)
print("aaaa".count("aa"), "a\ud800b".find("b"), "x\U0001F600y".find("y"), "x\U0001F600y".rfind("\U0001F600"))
print("".join(["é", "a"]), "-".join(("é",)), "ab"[5:], "héllo"[1:100:2], "abc"[::-1] * 2)
print("abc".find("c", 1.5))
