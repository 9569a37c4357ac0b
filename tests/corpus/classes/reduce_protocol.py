# object.__reduce_ex__/__reduce__/__getstate__ (copyreg reconstructors, protocols 0-2), __getnewargs__,
# __subclasshook__, __sizeof__ of plain objects, and dir() listing __dict__/__weakref__.
import copyreg
class A: pass
a=A(); a.x=1
def show(r):
    print(tuple(getattr(x, '__name__', x) if callable(x) else x for x in r))
show(a.__reduce_ex__(0)); show(a.__reduce_ex__(1)); show(a.__reduce__()); show(a.__reduce_ex__(2))
class S:
    __slots__=('p','q')
s=S(); s.p=1
show(s.__reduce_ex__(2)); print(s.__getstate__())
try: print(s.__reduce_ex__(1))
except TypeError as e: print(e)
class L(list): pass
l=L([1,2]); l.z=3
r=l.__reduce_ex__(2); print(r[0].__name__,r[1],r[2],list(r[3]),r[4])
show(l.__reduce_ex__(1))
class I(int): pass
show(I(5).__reduce_ex__(2)); show(I(5).__reduce_ex__(0))
show(object().__reduce_ex__(2))
try: show(object().__reduce_ex__(0))
except TypeError as e: print('E',e)
print((5).__getstate__(), [].__getstate__(), A().__getstate__())
class G:
    def __getnewargs__(self): return (1,2)
show(G().__reduce_ex__(2))
class Dd(dict): pass
d=Dd(a=1); r=d.__reduce_ex__(2); print(r[:3][1:], r[3], list(r[4]))
print(copyreg.__newobj__(A).__class__.__name__)
class R:
    def __reduce__(self): return (R, ())
print(R().__reduce_ex__(2))
print(A.__subclasshook__(), object.__subclasshook__(int))
print(object().__sizeof__(), A().__sizeof__(), S().__sizeof__(), [].__sizeof__(), (1,2).__sizeof__(), (5).__sizeof__())
import copy
b = copy.copy(a); print(b.x, type(b).__name__)
print(copy.deepcopy(s).p)
try: object().__reduce_ex__('a')
except Exception as e: print(type(e).__name__, e)
class T(tuple): pass
try: T((1,)).__reduce_ex__(2)
except Exception as e: print(type(e).__name__, e)
show(T((1,)).__reduce_ex__(2))
print(sorted(set(dir(a)) ^ set(dir(object()))))
for b in (object,int,list,tuple,str,dict,Exception,float,bytes,set,frozenset,complex,bool.__base__):
    class C(b): pass
    print(b.__name__, [k for k in dir(C()) if k in ('__dict__','__weakref__')], [k for k in dir(C) if k in ('__dict__','__weakref__')])
class S: __slots__=('a','__weakref__')
class S2(S): pass
class S3: __slots__=('a', '__dict__')
for c in (S, S2, S3):
    print([k for k in dir(c()) if k in ('__dict__','__weakref__')])
print([k for k in dir(int) if k in ('__dict__','__weakref__')], [k for k in dir(type) if k in ('__dict__','__weakref__')])
class P:
    """doc"""
    x = 1
    def f(self): pass
print(dir(P()))
class Q(P):
    __slots__ = ('y',)
print(dir(Q()))
print(sorted(copyreg.__all__))
copyreg.add_extension('m', 'n', 5)
print(copyreg._extension_registry, copyreg._inverted_registry)
try:
    copyreg.add_extension('m', 'o', 5)
except ValueError as e:
    print(type(e).__name__, e)
copyreg.remove_extension('m', 'n', 5)
print(copyreg._extension_registry)
try:
    copyreg.pickle(P, 3)
except TypeError as e:
    print(type(e).__name__, e)
print(copyreg._slotnames(Q), Q.__slotnames__)
class M:
    __slots__ = ('__priv', 'pub')
print(copyreg._slotnames(M))
