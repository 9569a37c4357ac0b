from collections.abc import *
import collections.abc as cabc
for name in ['Iterable','Iterator','Sized','Container','Callable','Hashable','Sequence','MutableSequence','Mapping','MutableMapping','Set','MutableSet','Generator','Collection','Reversible']:
    C = getattr(cabc, name)
    print(name, [isinstance(x, C) for x in ([1], (1,), {1: 2}, {1}, frozenset(), 'ab', b'x', 3, 2.5, None, len, lambda: 0, iter([]), (x for x in []), range(3)) + ((({}.keys(), {}.items())) if name != "Hashable" else ())])
print(Iterable, Mapping.__module__, sorted(Sequence.__abstractmethods__))
class MyMap(Mapping):
    def __init__(self, d): self._d = dict(d)
    def __getitem__(self, k): return self._d[k]
    def __iter__(self): return iter(self._d)
    def __len__(self): return len(self._d)
m = MyMap({'a': 1, 'b': 2})
print(m.get('a'), m.get('z', 0), 'a' in m, 'z' in m, list(m.keys()), list(m.items()), list(m.values()), m == {'a': 1, 'b': 2}, len(m))
print(isinstance(m.keys(), KeysView), m.keys() & {'a'}, m.items() | {('c', 3)} == {('a', 1), ('b', 2), ('c', 3)})
class MyList(MutableSequence):
    def __init__(self): self._l = []
    def __getitem__(self, i): return self._l[i]
    def __setitem__(self, i, v): self._l[i] = v
    def __delitem__(self, i): del self._l[i]
    def __len__(self): return len(self._l)
    def insert(self, i, v): self._l.insert(i, v)
    def __repr__(self): return 'MyList(%r)' % self._l
l = MyList(); l.append(1); l.extend([2, 3, 2]); print(l, l.index(2), l.count(2), 3 in l, list(reversed(l)))
l.reverse(); print(l, l.pop(), l); l.remove(3); print(l); l += [7]; print(l)
try: l.index(99)
except ValueError as e: print('ValueError', e)
class MySet(MutableSet):
    def __init__(self, it=()): self._s = set(it)
    def __contains__(self, x): return x in self._s
    def __iter__(self): return iter(sorted(self._s))
    def __len__(self): return len(self._s)
    def add(self, x): self._s.add(x)
    def discard(self, x): self._s.discard(x)
a = MySet([1, 2, 3]); b = MySet([2, 3, 4])
print(list(a & b), list(a | b), list(a - b), list(a ^ b), a <= b, MySet([2]) < a, a == MySet([3, 2, 1]), a.isdisjoint([9]))
a -= {1}; print(list(a)); a |= {9}; print(list(a))
try: MySet().remove(5)
except KeyError as e: print('KeyError', e)
class MD(MutableMapping):
    def __init__(self): self.d = {}
    def __getitem__(self, k): return self.d[k]
    def __setitem__(self, k, v): self.d[k] = v
    def __delitem__(self, k): del self.d[k]
    def __iter__(self): return iter(self.d)
    def __len__(self): return len(self.d)
md = MD(); md.update({'x': 1}, y=2); md.update([('z', 3)]); print(md.d, md.pop('x'), md.pop('q', 'dflt'), md.setdefault('w', 5), md.popitem(), md.d)
try: md.pop('nope')
except KeyError as e: print('KeyError', e)
try: Sequence()
except TypeError as e: print(e)
try: MutableMapping()
except TypeError as e: print(e)
class It:
    def __iter__(self): return self
    def __next__(self): raise StopIteration
print(isinstance(It(), Iterator), issubclass(It, Iterable), issubclass(It, Sized))
class NoIt(Iterable):
    __iter__ = None
print(isinstance(NoIt(), Iterable))
