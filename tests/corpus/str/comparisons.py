# str comparisons: lexicographic by code point, mixed widths, chaining and errors.
pairs = [("a", "b"), ("a", "a"), ("a", "ab"), ("ab", "b"), ("", "a"), ("Z", "a"), ("é", "z"), ("日", "é"), ("😀", "日"), ("\uffff", "😀"), ("abc", "abd"), ("A", "a"), ("10", "9"), ("a\x00", "a")]
for a, b in pairs:
    print(repr(a), repr(b), a < b, a <= b, a == b, a != b, a > b, a >= b)
print(sorted(["b", "A", "a", "B", "é", "E", "😀", "日", "", "aa", "a "]))
print("a" < "b" < "c", "a" < "c" < "b", "abc" == "abc" == "abc", "x" != "y" != "x")
print("a" == 1, "1" == 1, "" == None, "a" != [], "abc" == ["a", "b", "c"])
print(max(["apple", "Apple", "APPLE"]), min("hello world"), sorted("Hello World"), "a" in "abc", "" in "", "ab" not in "ba")
s1 = "".join(["hel", "lo"])
print(s1 == "hello", s1 is s1, hash(s1) == hash("hello"), {s1: 1}["hello"])
for a, b in [("a", 1), ("a", None), ("a", ["a"]), (1.5, "x"), ("a", b"a")]:
    for op in [lambda p, q: p < q, lambda p, q: p <= q, lambda p, q: p > q, lambda p, q: p >= q]:
        try:
            print(op(a, b))
        except TypeError as e:
            print(type(e).__name__, e)

class Rich:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        return other == self.v
    def __lt__(self, other):
        return self.v < other
    def __gt__(self, other):
        return self.v > other

print("x" == Rich("x"), Rich("x") == "x", "a" < Rich("b"), "c" > Rich("b") if False else Rich("b") < "c", "b" > Rich("a"))
words = ["delta", "Alpha", "charlie", "Bravo", "échelle", "Écho"]
print(sorted(words), sorted(words, reverse=True), sorted(words, key=str.lower))
print("abc" < "abcd" < "abd" < "b", [w for w in words if "b" <= w.lower() < "d"])
"a" < 1
