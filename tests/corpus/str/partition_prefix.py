# partition/rpartition and startswith/endswith with tuples, bounds and errors.
for s in ["key=value", "key=value=more", "novalue", "=start", "end=", ""]:
    print(repr(s), s.partition("="), s.rpartition("="))
print("a::b::c".partition("::"), "a::b::c".rpartition("::"), "ünï=cödé".partition("="), "x😀y".rpartition("😀"))
for bad in ["", 5, None, ("=",)]:
    for m in ("partition", "rpartition"):
        try:
            print(getattr("a=b", m)(bad))
        except Exception as e:
            print(m, type(e).__name__, e)
s = "hello world"
print(s.startswith("hello"), s.startswith("world"), s.startswith(""), s.startswith("world", 6), s.startswith("lo", 3, 5), s.startswith("lo", 3, 4))
print(s.endswith("world"), s.endswith("hello"), s.endswith(""), s.endswith("hello", 0, 5), s.endswith("o w", 2, 7), s.endswith("d", -1))
print(s.startswith(("x", "he")), s.startswith(("x", "y")), s.endswith(("ld", "zz")), s.endswith(()), s.startswith(("",)))
print(s.startswith("h", 100), s.endswith("", 100), s.startswith("", 11), s.startswith("", 12), s.endswith("", 5, 4), s.startswith("", -100))
print("".startswith(""), "".endswith("a"), "ébc".startswith("é"), "日本".endswith("本"))
tests = [
    lambda: s.startswith(["he"]),
    lambda: s.endswith(5),
    lambda: s.startswith(("he", 5)),
    lambda: s.startswith(("x", 5)),
    lambda: s.endswith(None),
    lambda: s.startswith(),
    lambda: s.startswith("h", "0"),
    lambda: s.endswith("d", 0, 1.5),
]
for t in tests:
    try:
        print(t())
    except TypeError as e:
        print(type(e).__name__, e)
files = ["a.py", "b.txt", "c.PY", "d.pyc", "setup.cfg"]
print([f for f in files if f.endswith((".py", ".cfg"))], [f for f in files if f.lower().endswith(".py")])
header, _, body = "Subject: hi\nbody text".partition("\n")
print(header.partition(": ")[2], body)
