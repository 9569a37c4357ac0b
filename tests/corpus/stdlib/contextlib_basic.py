from contextlib import contextmanager, suppress, closing, nullcontext, ExitStack, AbstractContextManager, ContextDecorator
@contextmanager
def tag(name):
    print('<%s>' % name)
    try:
        yield name.upper()
    finally:
        print('</%s>' % name)
with tag('a') as t:
    print('inside', t)
try:
    with tag('b'):
        raise ValueError('boom')
except ValueError as e:
    print('caught', e)
@contextmanager
def swallow():
    try:
        yield
    except KeyError as e:
        print('swallowed', repr(e))
with swallow():
    raise KeyError('k')
print('after swallow')
@contextmanager
def noyield():
    if False:
        yield
try:
    with noyield(): pass
except RuntimeError as e:
    print('RuntimeError', e)
@contextmanager
def twice():
    yield 1
    yield 2
try:
    with twice(): pass
except RuntimeError as e:
    print('RuntimeError', e)
with suppress(ZeroDivisionError, KeyError):
    1 / 0
print('suppressed')
try:
    with suppress(KeyError):
        [][1]
except IndexError as e:
    print('not suppressed', e)
class Res:
    def close(self): print('closed')
with closing(Res()) as r:
    print(type(r).__name__)
with nullcontext(5) as v:
    print('null', v)
with ExitStack() as stack:
    for i in range(3):
        stack.callback(print, 'cb', i)
    x = stack.enter_context(tag('x'))
    print('body', x)
def raiser():
    raise ValueError('in callback')
try:
    with ExitStack() as s:
        s.callback(raiser)
        s.callback(print, 'first')
except ValueError as e:
    print('ExitStack raised', e)
with ExitStack() as s:
    s.push(lambda *exc: True)
    raise TypeError('suppressed by push')
print('push suppressed')
s = ExitStack()
s.callback(print, 'later')
s2 = s.pop_all()
s.close()
print('popped')
s2.close()
@tag('deco')
def decorated():
    print('decorated body')
decorated()
class CM(AbstractContextManager):
    def __exit__(self, *a): print('exit', a[0]); return False
with CM() as c:
    print(type(c).__name__)
try:
    with ExitStack() as s:
        s.enter_context(3)
except TypeError as e:
    print('TypeError', e)
with tag('outer'):
    with tag('inner'):
        1 / 0
