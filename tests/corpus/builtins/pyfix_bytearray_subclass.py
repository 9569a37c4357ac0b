# Subclassing bytearray: construction, inherited methods, extra
# attributes, isinstance, len/index/append, __init__ overrides.


class B(bytearray):
    pass


b = B(b"abc")
print(type(b).__name__, len(b), b[0], b[-1], b[1:], bytes(b))
print(isinstance(b, bytearray), isinstance(b, B), issubclass(B, bytearray))
b.append(100)
b.extend(b"ef")
b += b"g"
print(type(b).__name__, bytes(b), len(b))
b.tag = "hello"
print(b.tag, b.__dict__)
b[0] = 65
del b[1]
print(bytes(b), b.index(b"d"), b.find(b"z"), b.count(b"e"))
print(b.upper(), type(b.upper()).__name__)
print(b.decode(), b.hex(), b == b"Acdefg", b"cd" in b)
print(list(b)[:3], sorted(set(B(b"cab"))))
print(B(), B(3), B([1, 2, 3]), B("hé", "utf-8"))
b.clear()
print(len(b), bool(b), bool(B(b"x")))
print(b.pop() if b else "empty")
c = B(b"xyz")
print(c.pop(), bytes(c), c.reverse(), bytes(c))
print(bytearray(c) + c, c * 2)


class Tagged(bytearray):
    def __init__(self, data, tag):
        super().__init__(data)
        self.tag = tag

    def shout(self):
        return self.upper().decode() + "!"


t = Tagged(b"hey", "t1")
print(t.tag, bytes(t), t.shout(), len(t))
t.__init__(b"again", "t2")
print(bytes(t), t.tag)


class Counted(bytearray):
    def __len__(self):
        return super().__len__() * 10


print(len(Counted(b"ab")))
x = bytearray(b"x")
x.__init__(b"yz")
print(x)
try:
    B("abc")
except TypeError as e:
    print("TypeError:", e)
try:
    B(b"a").append(300)
except ValueError as e:
    print("ValueError:", e)
print(B.fromhex("6869"), type(B.fromhex("6869")).__name__)
print(B.__mro__)
