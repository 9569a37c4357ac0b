# chr() and ord(): the code point range, surrogates, non-ASCII, errors.
for cp in [0, 9, 10, 32, 65, 97, 127, 128, 160, 255, 256, 0x3b1, 0x20ac, 0xd7ff, 0xe000, 0xfffd, 0xffff, 0x10000, 0x1f600, 0x10ffff]:
    c = chr(cp)
    print(cp, repr(c), ord(c), len(c), c.isprintable())
for s in ["a", "Z", "0", " ", "\n", "é", "€", "日", "😀", "\x00", "\U0010ffff"]:
    print(repr(s), ord(s), hex(ord(s)))
print("".join(chr(c) for c in range(65, 91)), [ord(c) - ord("a") for c in "hello"])
print(chr(True), ord("\ud800") if False else "surrogate", repr(chr(0xd800)), repr(chr(0xdfff)))
print(chr(0xd83d) + chr(0xde00) == "😀", len(chr(0xd83d) + chr(0xde00)))

class Idx:
    def __index__(self):
        return 66

print(chr(Idx()), ord(b"A"), ord(bytearray(b"z")))
bad = [-1, 0x110000, 2**31, 2**64, -(2**63)]
for v in bad:
    try:
        chr(v)
    except Exception as e:
        print(type(e).__name__, e)
for v in [1.5, "a", None, 65.0]:
    try:
        chr(v)
    except Exception as e:
        print(type(e).__name__, e)
for v in ["", "ab", "😀😀", 65, None, b"", b"ab", ["a"]]:
    try:
        ord(v)
    except Exception as e:
        print(type(e).__name__, e)

def caesar(text, shift):
    out = []
    for ch in text:
        if "a" <= ch <= "z":
            out.append(chr((ord(ch) - 97 + shift) % 26 + 97))
        elif "A" <= ch <= "Z":
            out.append(chr((ord(ch) - 65 + shift) % 26 + 65))
        else:
            out.append(ch)
    return "".join(out)

print(caesar("Hello, World!", 3), caesar(caesar("Hello, World!", 3), -3))
print(sorted("bAaéB€", key=ord), max("héllo", key=ord), [c for c in "aé日😀" if ord(c) > 127])
print(chr(ord("a") + 25), ord(max("abc")), chr(0x41) * 3)
try:
    chr()
except TypeError as e:
    print(type(e).__name__, e)
ord("too long")
