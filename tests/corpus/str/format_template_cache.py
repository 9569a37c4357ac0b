# str.format and format_map with the same template many times (the
# interpreter keeps templates parsed): results per call, errors raised
# after the fields before them were formatted, auto/manual numbering
# errors, nested formats from __format__, many and long templates.
class Loud:
    def __init__(self, tag):
        self.tag = tag
    def __format__(self, spec):
        print("format", self.tag, repr(spec))
        return "{}<{}>".format(self.tag, spec)

tmpls = ["{}:{:>8}|{:.3f}", "{0}{1}{0}", "{a}-{b!r}", "{{literal}} {}", "{0[1]} {0.real}", "{:{}}", "x{}y{"]
for rep in range(3):
    for t in tmpls:
        try:
            print(repr(t.format(rep, "ab", rep * 0.5, a=rep, b="q")))
        except Exception as e:
            print(t, type(e).__name__, e)
for rep in range(2):
    for bad in ["{} {0}", "{0} {}", "{!x}", "{:", "}", "{0:{1:{2}}}", "{5}", "{missing}", "{0.nope}"]:
        try:
            print(bad.format(1, 2, 3))
        except Exception as e:
            print(repr(bad), type(e).__name__, e)
    # the fields before a syntax error are formatted first
    try:
        "{} {} }".format(Loud("a"), Loud("b"))
    except ValueError as e:
        print("ValueError", e)
    print("[{:>5}] [{}]".format(Loud("n"), Loud("m")))
print("{a} {b}".format_map({"a": 1, "b": [2]}))
class D(dict):
    def __missing__(self, k):
        return k.upper()
for i in range(3):
    print("{x}/{y}".format_map(D(x=i)))
try:
    "{0}".format_map({})
except ValueError as e:
    print("ValueError", e)
long = "-".join("{%d}" % (i % 3) for i in range(400))
print(len(long), long.format("a", "bb", "ccc")[:40], len(long.format("a", "bb", "ccc")))
acc = 0
for i in range(3000):
    acc += len(("{:0%dd}" % (i % 50 + 1)).format(i))
print(acc)
print("{}é{}😀{}".format("ü", 1, "x"), "{:^9}".format("日本"), "{}".format(""), repr("".format()))
