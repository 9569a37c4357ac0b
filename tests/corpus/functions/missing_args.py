# TypeErrors for missing arguments: positional, keyword-only, several, methods, lambdas.
def one(a): pass
def two(a, b): pass
def three(a, b, c): pass
def kw(a, *, key): pass
def kw2(*, x, y, z): pass
def mixed(a, b=1, *, c, d=2): pass
class K:
    def method(self, x, y): pass
    @classmethod
    def cm(cls, q): pass
    @staticmethod
    def sm(r, s): pass
    def __init__(self, need): pass

lam = lambda p, q: None
tests = [
    lambda: one(),
    lambda: two(),
    lambda: two(1),
    lambda: two(b=2),
    lambda: three(),
    lambda: three(1),
    lambda: three(c=3),
    lambda: kw(1),
    lambda: kw(),
    lambda: kw2(),
    lambda: kw2(y=1),
    lambda: kw2(x=1, y=2),
    lambda: mixed(),
    lambda: mixed(1),
    lambda: mixed(c=1),
    lambda: K(),
    lambda: K(1).method(),
    lambda: K(1).method(1),
    lambda: K.method(K(1), 1),
    lambda: K.method(),
    lambda: K.cm(),
    lambda: K.sm(1),
    lambda: lam(1),
    lambda: (lambda: None)(1),
    lambda: (lambda *, k: k)(),
]
for t in tests:
    try:
        t()
        print("no error")
    except TypeError as e:
        print(type(e).__name__, e)

def outer():
    def inner(v, w):
        return v
    return inner

try:
    outer()(1)
except TypeError as e:
    print(type(e).__name__, e)
two(1)
