# sys_getframe: sys._getframe snapshots of live frames: code, line, globals,
# locals (with cells), the f_back chain, class bodies, and the errors.
import sys
def where():
    f = sys._getframe(1)
    return f.f_code.co_name, f.f_lineno, f.f_globals["__name__"], sorted(f.f_locals)
def g(a, b=2):
    c = a + b
    return where()
print(g(1))
def h():
    x = 5
    def inner():
        return sorted(sys._getframe().f_back.f_locals)
    return inner()
print(h())
f = sys._getframe()
print(f.f_code.co_name, f.f_back, f.f_globals is globals(), f.f_locals is globals())
def depth():
    n = 0
    fr = sys._getframe()
    while fr is not None:
        n += 1
        fr = fr.f_back
    return n
print(depth(), (lambda: depth())())
try:
    sys._getframe(50)
except ValueError as e:
    print(type(e).__name__, e)
try:
    sys._getframe("x")
except TypeError as e:
    print(type(e).__name__, e)
print(type(sys._getframe()).__name__, repr(sys._getframe())[:9])
class C:
    y = 1
    print(sorted(sys._getframe().f_locals))
