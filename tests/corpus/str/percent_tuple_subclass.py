# str % with a tuple subclass (namedtuple) as the argument tuple.
from collections import namedtuple

P = namedtuple("P", "x y")
print("%d-%d" % P(1, 2), "%s|%r" % P("a", "b"))


class T(tuple):
    pass


print("%s %s" % T((1, 2)), "%s" % T((7,)))
for args in (T((1,)), T((1, 2, 3)), T()):
    try:
        print("%d %d" % args)
    except TypeError as e:
        print(type(e).__name__, e)
print("%(a)s" % {"a": 1}, "%s" % [1, 2], "%s" % ((1, 2),))
# bytes and bytearray % take a tuple subclass's instance as the argument tuple too
print(b"%d-%d" % P(1, 2), bytearray(b"%s|%r") % P(b"a", "b"), b"%d" % T((5,)))
for args in (T((1,)), T((1, 2, 3))):
    try:
        print(b"%d %d" % args)
    except TypeError as e:
        print(type(e).__name__, e)
