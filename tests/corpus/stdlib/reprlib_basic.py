# reprlib: size-limited reprs of containers, strings, ints and instances.
import reprlib
from collections import deque
from array import array

r = reprlib.repr
print(r(list(range(100))))
print(r(tuple(range(3))), r((1,)), r(()), r([]))
print(r(set(range(20))), r(frozenset(range(3))), r(set()), r(frozenset()))
print(r({i: str(i) * 3 for i in range(10)}), r({}))
print(r("x" * 100))
print(r("short"))
print(r("a'b\"c" * 20))
print(r(2 ** 200))
print(r(-(10 ** 39)), r(10 ** 39))
print(r(deque(range(10))))
print(r(array('i', range(10))), r(array('d')))
print(r([[[[[[[[1]]]]]]]]))
print(r({1: {2: {3: {4: {5: {6: {7: 8}}}}}}}))
print(r({"b", 1, "a"}))


class Big:
    def __repr__(self):
        return "Big(" + "z" * 50 + ")"


class Broken:
    def __repr__(self):
        raise ValueError("no")


print(r(Big()))
print(r(Broken()).startswith("<Broken instance at 0x"))

a = reprlib.Repr()
a.maxlist = 2
a.maxstring = 10
a.maxlevel = 1
print(a.repr([1, 2, 3, 4]), a.repr("abcdefghijklmnop"), a.repr([[1, 2], [3]]))


class MyRepr(reprlib.Repr):
    def repr_float(self, x, level):
        return "%.2f" % x


print(MyRepr().repr([1.23456, 2.5, "s"]))


class Node:
    def __init__(self):
        self.children = []

    @reprlib.recursive_repr()
    def __repr__(self):
        return "Node(%r)" % self.children


n = Node()
n.children.append(n)
n.children.append(Node())
print(repr(n))
print(Node.__repr__.__name__, Node.__repr__.__qualname__)
