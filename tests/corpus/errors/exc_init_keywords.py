# AttributeError(msg, name=, obj=) and NameError(msg, name=) (CPython 3.10+):
# the keywords become attributes, which read None when absent; every other
# exception rejects keywords in BaseException.__init__.
e = AttributeError('x', name='n', obj=3)
print(e, e.args, e.name, e.obj)
e = AttributeError()
print(e.args, e.name, e.obj)
e = NameError('y', name='q')
print(e, e.args, e.name)
print(NameError().name)
try:
    NameError('y', obj=1)
except TypeError as t:
    print(t)
try:
    AttributeError('y', foo=1)
except TypeError as t:
    print(t)
try:
    ValueError('y', name=1)
except TypeError as t:
    print(t)
class A: pass
try:
    A().zz
except AttributeError as e:
    print(e.name, type(e.obj).__name__)
try:
    undefined_q
except NameError as e:
    print(e.name)
e = AttributeError('m')
e.name = 'set'; e.obj = 5
print(e.name, e.obj)
class MyAE(AttributeError):
    pass
m = MyAE('a', name='b', obj=None)
print(m.name, m.obj, m.args)
print(repr(AttributeError('x', name='n')))
class E(Exception):
    pass
for f in [lambda: E('a', code=1), lambda: KeyError(k=1), lambda: OSError(2, 'x', filename='f'), lambda: SystemExit(code=1), lambda: StopIteration(value=1), lambda: UnicodeError(x=1), lambda: SyntaxError('m', lineno=1), lambda: UnboundLocalError('x', name='y').name, lambda: ModuleNotFoundError('m', name='x').name]:
    try:
        print(f())
    except TypeError as e:
        print(e)
class G(Exception):
    def __init__(self, a, b=2):
        super().__init__(a)
        self.b = b
print(G(1, b=3).b, G(1, b=3).args)
class H(Exception):
    def __new__(cls, *a, **k):
        return super().__new__(cls, *a)
try:
    H(1, z=2)
except TypeError as e:
    print(e)
