# An instance of a class with __slots__ (and no "__dict__" among them) has
# no __dict__; a subclass without __slots__, or "__dict__" in the slots,
# gives it one back.
class A:
    __slots__ = ('x',)

class B(A):
    pass

class C:
    __slots__ = ('x', '__dict__')

a = A()
print(hasattr(a, '__dict__'), B().__dict__, C().__dict__, vars(B()))
for thunk in (lambda: a.__dict__, lambda: vars(a)):
    try:
        thunk()
    except (AttributeError, TypeError) as e:
        print(type(e).__name__, e)
try:
    a.y = 1
except AttributeError as e:
    print(type(e).__name__, e)
c = C()
c.y = 2
print(c.__dict__)
b = B()
b.z = 3
print(b.__dict__)
print(object.__dir__(a) == list(object.__dir__(a)), "__dir__" in dir(a))
a.__dict__
