import gc
import weakref
print(gc.collect(), gc.isenabled())
gc.disable(); print(gc.isenabled()); gc.enable(); print(gc.isenabled())
print(gc.collect(0), gc.collect(generation=1), type(gc.get_threshold()).__name__, len(gc.get_count()))
try:
    gc.collect(5)
except ValueError as e:
    print('ValueError', e)
class Obj:
    def __init__(self, n): self.n = n
    def __repr__(self): return 'Obj(%d)' % self.n
o = Obj(1)
r = weakref.ref(o)
print(r() is o, r(), isinstance(r, weakref.ref), r == weakref.ref(o))
for bad in (1, 'str', (1,), [1], {}):
    try:
        weakref.ref(bad)
    except TypeError as e:
        print('TypeError', e)
d = weakref.WeakValueDictionary()
d['a'] = o
print(d['a'], 'a' in d, len(d), list(d.keys()))
try:
    d['b'] = 5
except TypeError as e:
    print('TypeError', e)
k = weakref.WeakKeyDictionary()
k[o] = 'value'
print(k[o], len(k), o in k)
o2 = Obj(2)
s = weakref.WeakSet([o, o2])
print(len(s), o in s)
p = weakref.proxy(o)
print(p.n)
f = weakref.finalize(o, print, 'finalized')
print(f.alive); f(); print(f.alive); f()
