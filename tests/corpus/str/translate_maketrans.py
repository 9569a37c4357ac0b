# str.maketrans in its three forms and str.translate with deletions and errors.
t1 = str.maketrans("abc", "xyz")
print(sorted(t1.items()), "aabbcc dd".translate(t1))
t2 = str.maketrans("ab", "AB", "xyz")
print(sorted(t2.items()), "axbycz".translate(t2))
t3 = str.maketrans({"a": "1", "b": None, ord("c"): "333", "é": "e"})
print(sorted(t3.items()), "abcé!".translate(t3))
t4 = str.maketrans("", "", " \t")
print("a b\tc d".translate(t4))
print("hello".translate({ord("l"): ord("L")}), "hello".translate({104: "J", 111: None}), "abc".translate({}))
print("héllo wörld".translate(str.maketrans("éö", "eo")), "日本".translate({ord("日"): "sun"}))

class Table:
    def __getitem__(self, k):
        if k == ord("z"):
            raise LookupError
        return chr(k).upper()

print("lazy z".translate(Table()))
print("rot13 Hello".translate(str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz", "NOPQRSTUVWXYZABCDEFGHIJKLMnopqrstuvwxyzabcdefghijklm")))
tests = [
    lambda: str.maketrans("abc", "xy"),
    lambda: str.maketrans({"ab": "x"}),
    lambda: str.maketrans({1.5: "x"}),
    lambda: str.maketrans("abc"),
    lambda: str.maketrans(1, 2),
    lambda: str.maketrans("a", "b", 3),
    lambda: "abc".translate({ord("a"): 5.5}),
    lambda: "abc".translate({ord("a"): 0x110000}),
    lambda: "abc".translate(5),
    lambda: "abc".translate(),
    lambda: str.maketrans(),
]
for t in tests:
    try:
        print(t())
    except Exception as e:
        print(type(e).__name__, e)
vowels = str.maketrans("", "", "aeiouAEIOU")
print("The quick brown fox jumps".translate(vowels))
leet = str.maketrans({"a": "4", "e": "3", "o": "0", "t": "7"})
print("great code today".translate(leet))
