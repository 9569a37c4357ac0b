# chr() and ord() at the ASCII edges and beyond, with the errors of bad
# arguments (count, type, range, length), in loops.
for i in [0, 1, 65, 127, 128, 255, 256, 0xd800, 0x10ffff]:
    c = chr(i)
    print(i, ascii(c), len(c), ord(c) == i)
print(chr(97) is chr(97), "".join(chr(i) for i in range(32, 127)))
print(sum(ord(c) for c in "hello, world"), [ord(c) for c in "aé€😀"])
print(ord(b"a"), ord(bytearray(b"z")), chr(True))
class S(str):
    pass
class I(int):
    pass
print(ord(S("q")), chr(I(66)))
for bad in [(), (1, 2), ("a",), (-1,), (0x110000,), (2**31,), (2**70,), (1.5,)]:
    try:
        chr(*bad)
    except (TypeError, ValueError, OverflowError) as e:
        print("chr", type(e).__name__, e)
for bad in [(), ("ab",), ("",), (1,), (b"ab",), ("a", "b")]:
    try:
        ord(*bad)
    except TypeError as e:
        print("ord", type(e).__name__, e)
try:
    ord(c="a")
except TypeError as e:
    print("TypeError", e)
acc = []
for ch in "The quick brown fox":
    o = ord(ch)
    acc.append(chr((o - 97 + 3) % 26 + 97) if 97 <= o <= 122 else ch)
print("".join(acc))
