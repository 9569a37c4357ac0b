# str text lives in the heap block and Go code reads it through views: every
# place that keeps a name after its str may die (type names, attribute
# shapes, interned names, exception hints, struct formats) must keep its own
# copy. Each case makes the name from pieces, drops it, churns garbage so
# its block is reused, and then reads the kept name.
import struct
import sys


def churn():
    junk = []
    for i in range(3000):
        junk.append("zz" + str(i) * 3)
    return len(junk)


def make(prefix, n):
    return prefix + "_" + str(n)


T = type(make("Dyn", 1), (), {"__module__": make("modx", 2)})
churn()
print(T.__name__, T.__module__, T)
T.__name__ = make("Renamed", 3)
churn()
print(T.__name__)


class Obj:
    pass


objs = []
for i in range(4):
    o = Obj()
    setattr(o, make("attr", i), i * 10)
    setattr(o, make("other", i), i)
    objs.append(o)
churn()
for i, o in enumerate(objs):
    print(sorted(vars(o).items()), getattr(o, make("attr", i)))

S = type(make("Slotted", 9), (), {"__slots__": (make("a", 1), make("b", 2))})
churn()
s = S()
s.a_1 = 5
s.b_2 = 6
print(type(s).__name__, s.a_1, s.b_2)
try:
    s.c_3 = 7
except AttributeError as e:
    print(type(e).__name__, e)

name = sys.intern(make("interned", 7))
churn()
print(name, name is sys.intern("interned_7"))

fmt = "<" + "i" * 3
print(struct.pack(fmt, 1, 2, 3))
fmt = None
churn()
print(struct.pack("<iii", 4, 5, 6), struct.calcsize("<" + "iii"))

parts = [make("p", i) for i in range(5)]
joined = "-".join(parts)
churn()
print(joined, "".join(x for x in parts), ", ".join(()), "ab".join(["x"]))
text = "héllo wörld"
print(text[::-1], text[1:5], len(text), text[-1], "hello"[1:4], "hello"[::2])
print("hello".startswith("he"), "hello".endswith("lo"), "héllo".endswith("llo"))

ns = {make("value", 1): 1}
exec("def f():\n    return value_1\nr = f()", ns)
churn()
print(ns["r"])
try:
    exec("valeu_1", ns)
except NameError as e:
    churn()
    print(type(e).__name__, e)

c = compile("def g():\n    return 1 / 0\n", make("fname", 5) + ".py", "exec")
churn()
print(c.co_filename)
gns = {}
exec(c, gns)
print(T.__name__, T.__module__, type(s).__name__)
churn()
gns["g"]()
