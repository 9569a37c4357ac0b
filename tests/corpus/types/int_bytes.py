# int.to_bytes and int.from_bytes: byte orders, signedness, errors.

def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
    else:
        print(label, "->", repr(r))

for n in [0, 1, 127, 128, 255, 256, 65535, -1, -128, -129, 2**64, -2**63]:
    for order in ["big", "little"]:
        for signed in [False, True]:
            t(f"to {n} {order} {signed}", lambda: n.to_bytes(10, order, signed=signed))
t("default", lambda: (5).to_bytes())
t("len-kw", lambda: (258).to_bytes(length=2, byteorder="little"))
t("overflow", lambda: (256).to_bytes(1, "big"))
t("neg-unsigned", lambda: (-1).to_bytes(2, "big"))
t("signed-edge", lambda: ((127).to_bytes(1, "big", signed=True), (-128).to_bytes(1, "big", signed=True)))
t("signed-over", lambda: (128).to_bytes(1, "big", signed=True))
t("neg-len", lambda: (1).to_bytes(-1, "big"))
t("bad-order", lambda: (1).to_bytes(2, "middle"))
t("order-type", lambda: (1).to_bytes(2, 5))
t("zero-len", lambda: ((0).to_bytes(0, "big"), (1).to_bytes(0, "big")))
t("bool", lambda: True.to_bytes(2, "big"))
t("big", lambda: (2**100).to_bytes(13, "little"))
t("len-float", lambda: (1).to_bytes(2.0, "big"))

for data in [b"", b"\x00", b"\x01\x00", b"\xff", b"\xff\xff", b"\x80\x00", b"\x00\x80", bytes(range(1, 12))]:
    for order in ["big", "little"]:
        for signed in [False, True]:
            t(f"from {data!r} {order} {signed}", lambda: int.from_bytes(data, order, signed=signed))
t("from-default", lambda: int.from_bytes(b"\x01\x02"))
t("from-list", lambda: int.from_bytes([1, 2, 3], "big"))
t("from-bytearray", lambda: int.from_bytes(bytearray(b"\x01\x00"), "little"))
t("from-gen", lambda: int.from_bytes((x for x in [255, 0]), byteorder="big"))
t("from-str", lambda: int.from_bytes("ab", "big"))
t("from-badorder", lambda: int.from_bytes(b"\x01", "wrong"))
t("from-range", lambda: int.from_bytes([256], "big"))
t("from-int", lambda: int.from_bytes(5, "big"))
t("roundtrip", lambda: int.from_bytes((-123456789).to_bytes(8, "big", signed=True), "big", signed=True))
class MyInt(int):
    pass
r = MyInt.from_bytes(b"\x07", "big")
print(type(r).__name__, r)
print(bool.from_bytes(b"\x01", "big"), bool.from_bytes(b"\x00", "big"))
(1000).to_bytes(1, "big")
