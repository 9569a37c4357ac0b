# __slots__ member descriptors (session 28's hunt): a slotted class's dict
# holds one member_descriptor per slot name, in sorted order before
# __doc__; C.x, hasattr(C, 'x') and the descriptor's __get__/__set__/
# __delete__ work, and deleting an unset slot says just the name.
class C:
    __slots__ = ('y', 'x')

    def __init__(self):
        self.x = 1


print([k for k in C.__dict__ if k != '__init__'])
d = C.__dict__['x']
print(d, type(d).__name__, hasattr(C, 'x'), hasattr(C, 'z'), C.x is d)
print(C.x.__name__, C.x.__qualname__, C.x.__objclass__ is C, C.x.__doc__)
o = C()
print(C.x.__get__(o), C.x.__get__(None, C) is C.x, C.x.__get__(o, C))
C.x.__set__(o, 5)
C.y.__set__(o, 'why')
print(o.x, o.y)
C.x.__delete__(o)
for f in [lambda: o.x, lambda: C.x.__get__(o), lambda: C.x.__delete__(o), lambda: C.x.__get__(None),
          lambda: C.x.__get__(3), lambda: C.x.__set__('s', 1)]:
    try:
        print(f())
    except (AttributeError, TypeError) as e:
        print(type(e).__name__, e)
try:
    del o.x
except AttributeError as e:
    print('del', e)


class B:
    z = 'class z'


class S(B):
    __slots__ = ('z',)


s = S()
try:
    print(s.z)
except AttributeError as e:
    print('shadowed', e)
s.z = 3
print(s.z, S.__dict__['z'], B.__dict__['z'])


class D(C):
    pass


dd = D()
dd.w = 4
print('x' in D.__dict__, D.x is C.x, dd.x, dd.w, D.x.__get__(dd))
print(sorted(n for n in dir(C) if not n.startswith('__')))
total = 0
for i in range(3000):
    o = C()
    C.y.__set__(o, i)
    total += C.y.__get__(o) + o.x
print(total)
