"""Weak references, basic form (hotloop's own). hotloop's heap has no weak
references yet, so a ref holds its object strongly: ref(obj)() returns
obj for as long as the ref lives, callbacks never run, and
WeakValueDictionary/WeakKeyDictionary/WeakSet keep their entries alive
like their plain counterparts (docs/stdlib.md). Objects CPython cannot
refer to weakly (int, str, tuple, list, dict, ...) raise its TypeError.
"""

from collections.abc import MutableMapping as _MutableMapping, MutableSet as _MutableSet

__all__ = ['ref', 'proxy', 'getweakrefcount', 'getweakrefs',
           'WeakKeyDictionary', 'ReferenceType', 'ProxyType',
           'WeakValueDictionary', 'WeakSet', 'WeakMethod', 'finalize']

_NO_WEAKREF = (int, float, complex, str, bytes, bytearray, tuple, list,
               dict, set, frozenset, bool, type(None))


def _check(obj):
    if type(obj) in _NO_WEAKREF or (isinstance(obj, (int, str, tuple, bytes))
                                    and not hasattr(obj, '__dict__')):
        raise TypeError("cannot create weak reference to '%s' object" % type(obj).__name__)


class ref:
    """ref(obj[, callback]): calling it returns obj."""
    __slots__ = ('_obj', '_callback', '__callback__')

    def __init__(self, obj, callback=None):
        _check(obj)
        self._obj = obj
        self.__callback__ = callback

    def __call__(self):
        return self._obj

    def __eq__(self, other):
        if not isinstance(other, ref):
            return NotImplemented
        return self._obj == other._obj

    def __hash__(self):
        return hash(self._obj)

    def __repr__(self):
        return '<weakref; to %r>' % (type(self._obj).__name__,)


ReferenceType = ref


class WeakMethod(ref):
    """A ref to a bound method, rebuilding it on call."""
    __slots__ = ()

    def __init__(self, meth, callback=None):
        obj = meth.__self__
        func = meth.__func__
        super().__init__(obj, callback)
        self._callback = func

    def __call__(self):
        return self._callback.__get__(self._obj, type(self._obj))


def proxy(obj, callback=None):
    """The object itself (a proxy that never dies is the object)."""
    _check(obj)
    return obj


ProxyType = type(None)


def getweakrefcount(obj):
    return 0


def getweakrefs(obj):
    return []


class WeakValueDictionary(_MutableMapping):
    """A mapping whose values would be weakly referenced (held strongly
    here)."""

    def __init__(self, other=(), /, **kw):
        self.data = {}
        self.update(other, **kw)

    def __getitem__(self, key):
        return self.data[key]

    def __setitem__(self, key, value):
        _check(value)
        self.data[key] = value

    def __delitem__(self, key):
        del self.data[key]

    def __iter__(self):
        return iter(self.data)

    def __len__(self):
        return len(self.data)

    def __contains__(self, key):
        return key in self.data

    def __repr__(self):
        return '<WeakValueDictionary>'

    def copy(self):
        return WeakValueDictionary(self.data)

    def valuerefs(self):
        return [ref(v) for v in self.data.values()]

    def itervaluerefs(self):
        return iter(self.valuerefs())


class WeakKeyDictionary(_MutableMapping):
    """A mapping whose keys would be weakly referenced (held strongly
    here)."""

    def __init__(self, dict=None):
        self.data = {}
        if dict is not None:
            self.update(dict)

    def __getitem__(self, key):
        return self.data[key]

    def __setitem__(self, key, value):
        _check(key)
        self.data[key] = value

    def __delitem__(self, key):
        del self.data[key]

    def __iter__(self):
        return iter(self.data)

    def __len__(self):
        return len(self.data)

    def __contains__(self, key):
        return key in self.data

    def __repr__(self):
        return '<WeakKeyDictionary>'

    def copy(self):
        return WeakKeyDictionary(self.data)

    def keyrefs(self):
        return [ref(k) for k in self.data]


class WeakSet(_MutableSet):
    """A set whose members would be weakly referenced (held strongly
    here)."""

    def __init__(self, data=None):
        self.data = set()
        if data is not None:
            for x in data:
                self.add(x)

    def __contains__(self, item):
        return item in self.data

    def __iter__(self):
        return iter(self.data)

    def __len__(self):
        return len(self.data)

    def add(self, item):
        _check(item)
        self.data.add(item)

    def discard(self, item):
        self.data.discard(item)

    def __repr__(self):
        return 'WeakSet(%r)' % (self.data,)


class finalize:
    """finalize(obj, func, *args): calling it runs func once; it never
    runs by itself here, as objects are not collected while referenced."""

    def __init__(self, obj, func, /, *args, **kwargs):
        _check(obj)
        self._state = [obj, func, args, kwargs]
        self.atexit = True

    def __call__(self, _=None):
        state = self._state
        if state is None:
            return None
        self._state = None
        obj, func, args, kwargs = state
        return func(*args, **kwargs)

    def detach(self):
        state = self._state
        if state is None:
            return None
        self._state = None
        obj, func, args, kwargs = state
        return (obj, func, args, kwargs)

    def peek(self):
        state = self._state
        if state is None:
            return None
        obj, func, args, kwargs = state
        return (obj, func, args, kwargs)

    @property
    def alive(self):
        return self._state is not None
