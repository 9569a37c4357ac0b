# str character loops in traces: for ch in s over ASCII and non-ASCII text
# (the trace exits at each non-ASCII character), ord, chr (ASCII from the
# interpreter's one-character strs, non-ASCII and out of range through the
# interpreter), indexing and len of ASCII strs, comparisons of one-character
# strs, startswith/endswith, empty strs, a str subclass, and a list mutated
# while it is appended to; ends with chr() out of range raised in a loop.


class S(str):
    def __iter__(self):
        return iter(str.upper(self))


def caesar(s, k):
    out = []
    for ch in s:
        o = ord(ch)
        if 97 <= o <= 122:
            out.append(chr((o - 97 + k) % 26 + 97))
        else:
            out.append(ch)
    return "".join(out)


def count_classes(s):
    lower = digits = other = 0
    for ch in s:
        if "a" <= ch <= "z":
            lower += 1
        elif ch >= "0" and ch <= "9":
            digits += 1
        elif ch == " " or ch == "\n":
            pass
        else:
            other += 1
    return lower, digits, other


def by_index(s):
    n = 0
    for i in range(len(s)):
        if s[i] == s[-1 - i]:
            n += 1
        n += ord(s[i]) % 3
    return n


text = " ".join("w%d the" % (i * 7919 % 1000) for i in range(3000))
print(len(text), caesar(text, 3)[:60])
print(count_classes(text))
print(by_index(text[:5000]))
mixed = ("abc é xyz ☃ déjà vu 𝄞 " * 400)
print(caesar(mixed, 5)[:80])
print(count_classes(mixed))
print(by_index("é" + "abcdef" * 500))
print(caesar("", 1), count_classes(""), by_index(""))
print(caesar(S("hello world " * 300), 1)[:40])
print(count_classes(S("abc" * 2000)))

codes = []
for i in range(4000):
    c = chr(i % 300)
    codes.append(ord(c))
print(sum(codes), chr(233), chr(0x2603))

acc = []
for ch in "ab" * 3000:
    acc.append(ch)
    if len(acc) % 1000 == 0:
        acc[:] = acc[-3:]
print(len(acc), "".join(acc))

words = text.split()
n = 0
for w in words:
    if w.startswith("w1") and w.endswith("7"):
        n += 1
    if w.startswith("") and w.endswith("the"):
        n += 2
    if w.startswith("w12345678901") or w.endswith("é"):
        n += 100
print(n)
n = 0
for w in ["é1", "aé", "w17", "", "w"] * 1000:
    if w.startswith("é") or w.endswith("é"):
        n += 1
    if w.startswith("w1") and w.endswith("7"):
        n += 3
print(n)

total = 0
for i in range(3000):
    total += ord(chr(i % 128))
print(total)
for i in range(2000, -1, -1):
    total += len(chr(1114111 - 2000 + i + 1))
print(total)
