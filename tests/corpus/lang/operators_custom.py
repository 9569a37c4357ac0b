# Custom operators (@, tuple indexes), properties, formatting and keyword-only calls.
import sys
class Matrix:
    def __init__(self, rows):
        self.rows = [list(r) for r in rows]
    @property
    def shape(self):
        return len(self.rows), len(self.rows[0])
    def __getitem__(self, idx):
        i, j = idx
        return self.rows[i][j]
    def __setitem__(self, idx, v):
        i, j = idx
        self.rows[i][j] = v
    def __matmul__(self, o):
        n, m = self.shape
        _, p = o.shape
        return Matrix([[sum(self[i, k] * o[k, j] for k in range(m)) for j in range(p)] for i in range(n)])
    def __eq__(self, o):
        return self.rows == o.rows
    def __iter__(self):
        return iter(self.rows)
    def __repr__(self):
        return "Matrix(" + repr(self.rows) + ")"
a = Matrix([[1, 2], [3, 4]])
b = Matrix([[0, 1], [1, 0]])
c = a @ b
c[0, 0] = 99
print(c, c.shape, a == Matrix([[1, 2], [3, 4]]), [r for r in c], sys.getrecursionlimit())
print(sorted({"b": 2, "a": 1}.items()), list(map(str, range(3))), "".join(map(chr, range(65, 70))))
x = [1, 2, 3]
x[1:2] = []
print(x, x * 0, [[]] * 2, [i for i in range(10)][-3:], list(range(10))[::-2])
print("%s %r %d%%" % ("a", "b", 5), "{:>{w}}".format("r", w=3), "{0[1]} {1.real}".format([5, 6], 3))
e = None
try:
    int("12a")
except ValueError as err:
    e = err
print(type(e), e.args, e.__class__.__mro__[1:3])
print(isinstance(e, Exception), issubclass(ValueError, (KeyError, Exception)))
print(sum(i * i for i in range(1, 11)), min((3, "c"), (1, "z")), any(c.isdigit() for c in "ab1"))
def kw_only(*, a, b=2):
    return a + b
print(kw_only(a=1), kw_only(b=5, a=1))
try:
    kw_only(1)
except TypeError as t:
    print(t)
print(f"{'x'!r:>5}", f"{12.5:>+8.2f}", f"{-7:05}", f"{255:#06x}", f"{1e-10:.1e}")
print(bool(None), None is None, [] is not [], 1 in [1.0], "1" in {"1": 2})
