# center/ljust/rjust/zfill/expandtabs: widths, fill characters, signs, errors.
for s in ["", "a", "ab", "abc", "héllo", "日本"]:
    for w in [0, 1, 4, 5, 8]:
        print(repr(s), w, repr(s.center(w)), repr(s.center(w, "*")), repr(s.ljust(w, ".")), repr(s.rjust(w, "é")))
for s in ["42", "-42", "+42", "", "-", "+", "abc", "-0.5", "--3", "1_000", "٣"]:
    print(repr(s), [s.zfill(w) for w in (0, 1, 3, 5, 7)])
tabbed = ["a\tb\tc", "\tlead", "abc\tdef", "12345678\tx", "a\nb\tc", "a\r\tb", "\t\t", "no tabs", "日\t本"]
for t in tabbed:
    print(repr(t), repr(t.expandtabs()), repr(t.expandtabs(4)), repr(t.expandtabs(1)), repr(t.expandtabs(0)), repr(t.expandtabs(-3)))
print(repr("x\ty".expandtabs(tabsize=3)))
tests = [
    lambda: "a".center(5, "ab"),
    lambda: "a".ljust(5, ""),
    lambda: "a".rjust(5, 1),
    lambda: "a".center("5"),
    lambda: "a".zfill("3"),
    lambda: "a".center(),
    lambda: "a".expandtabs("4"),
    lambda: "a".ljust(2.5),
    lambda: "a".center(5, None),
]
for t in tests:
    try:
        print(t())
    except TypeError as e:
        print(type(e).__name__, e)
rows = [("apple", 1.5, 10), ("kiwi", 0.25, 200), ("watermelon", 3.0, 3)]
print("+" + "-" * 30 + "+")
for name, price, qty in rows:
    print("|" + name.ljust(12) + str(price).rjust(6) + str(qty).center(8) + str(qty).zfill(4) + "|")
print("+" + "-" * 30 + "+")
print("TITLE".center(32, "="), "-5".zfill(4), "x".center(4), "x".center(5, "-"))
