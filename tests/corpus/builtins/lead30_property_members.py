# property's data attributes: fget/fset/fdel/__doc__ are member descriptors
# in property's dict (read-only), __doc__ falls back to the getter's
# docstring, and __isabstractmethod__ is a getset descriptor.
import abc
class B:
    @property
    def p(self):
        "doc of p"
        return 1
    @property
    def q(self):
        return 2
    r = property(lambda s: 3, doc="rdoc")
print(B.p.__doc__, B.q.__doc__, B.r.__doc__, property().__doc__, hasattr(property(), '__doc__'))
print(sorted(k for k in dir(property()) if not k.startswith('__')))
print([(k, type(v).__name__) for k, v in property.__dict__.items() if type(v).__name__ in ('member_descriptor', 'getset_descriptor')])
print(B.p.fget.__name__, B.p.fset, property.__dict__['fget'].__get__(B.p).__name__)
print(B.p.__isabstractmethod__, property.__dict__['__isabstractmethod__'].__get__(B.p))
class A(abc.ABC):
    @property
    @abc.abstractmethod
    def m(self): pass
print(A.m.__isabstractmethod__, sorted(A.__abstractmethods__))
print(int.real.__doc__ is None or isinstance(int.real.__doc__, str))
try:
    B.p.fget = None
except AttributeError as e:
    print('AttributeError', e)
for obj, name in ((1j, 'real'), (slice(1), 'start'), (range(3), 'step')):
    try:
        setattr(obj, name, 3)
    except AttributeError as e:
        print(type(obj).__name__, name, 'AttributeError', e)
