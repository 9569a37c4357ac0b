# Keyword-only and positional-only parameters: binding rules and every error message.
def po(a, b, /, c, *, d):
    return a, b, c, d

def po_default(a, b=2, /, c=3):
    return a, b, c

def po_kw(x, /, **kw):
    return x, kw

def ko(*, a, b=2):
    return a, b

print(po(1, 2, 3, d=4), po(1, 2, c=3, d=4), po_default(1), po_default(1, 5), po_default(1, c=9), po_kw(1, x=2))
print(ko(a=1), ko(b=0, a=1), po_kw(1, x=1, y=2))
tests = [
    lambda: po(a=1, b=2, c=3, d=4),
    lambda: po(1, b=2, c=3, d=4),
    lambda: po(1, 2, 3, 4),
    lambda: po(1, 2, 3),
    lambda: po(1, 2),
    lambda: po(1),
    lambda: po_default(a=1),
    lambda: po_default(1, b=2),
    lambda: po_default(1, 2, 3, 4),
    lambda: ko(1),
    lambda: ko(),
    lambda: ko(a=1, c=3),
    lambda: ko(1, 2, a=3),
    lambda: divmod(a=1, b=2),
    lambda: len(obj=[]),
    lambda: "abc".split(sep="b", maxsplit=1, x=1),
    lambda: sorted(iterable=[1]),
    lambda: [].append(object=1),
    lambda: abs(x=1),
    lambda: isinstance(obj=1, class_or_tuple=int),
]
for t in tests:
    try:
        print(t())
    except TypeError as e:
        print(type(e).__name__, e)
print("abc".split(sep="b"), "a b c".split(maxsplit=1), sorted([3, 1], reverse=True), int("11", base=2))

class C:
    def m(self, a, /, *, b):
        return a, b

print(C().m(1, b=2))
for t in [lambda: C().m(a=1, b=2), lambda: C().m(1, 2), lambda: C.m(self=C(), a=1, b=2)]:
    try:
        print(t())
    except TypeError as e:
        print(type(e).__name__, e)
print(po.__code__.co_posonlyargcount, po.__code__.co_kwonlyargcount, po.__code__.co_argcount, po_default.__defaults__, ko.__kwdefaults__)
po(1, 2, 3)
