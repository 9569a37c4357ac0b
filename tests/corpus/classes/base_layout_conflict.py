# Class creation errors about bases: two builtin bases with their own
# instance layouts conflict, a subclass of a builtin may be combined with
# the builtin itself, and an inconsistent MRO is reported with CPython's
# (two-line) message.
class L(list):
    pass


class M(L, list):
    pass


print(M([1, 2]), type(M([1])).__mro__[1:])

for bases in [(list, dict), (int, str), (L, dict), (bytes, bytearray), (set, frozenset), (float, complex)]:
    try:
        type("X", bases, {})
        print("created with", [b.__name__ for b in bases])
    except TypeError as e:
        print([b.__name__ for b in bases], "->", e)

try:
    class N(list, L):
        pass
except TypeError as e:
    print(repr(str(e)))


class Both(int):
    pass


class Again(Both, int):
    pass


print(Again(7) + 1, isinstance(Again(3), int))
