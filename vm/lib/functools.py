"""Higher-order functions and operations on callables (hotloop's own
implementation of CPython 3.11's functools).

Functions that CPython implements in C (reduce, partial, the lru_cache
wrapper, cmp_to_key) are marked with _hotloop.hide_frame so that
tracebacks omit their frames, as CPython's show no frame for C code.
"""

from _hotloop import hide_frame as _hide_frame

__all__ = ['update_wrapper', 'wraps', 'WRAPPER_ASSIGNMENTS', 'WRAPPER_UPDATES',
           'total_ordering', 'cache', 'cmp_to_key', 'lru_cache', 'reduce',
           'partial', 'cached_property']

WRAPPER_ASSIGNMENTS = ('__module__', '__name__', '__qualname__', '__doc__',
                       '__annotations__')
WRAPPER_UPDATES = ('__dict__',)


def update_wrapper(wrapper, wrapped, assigned=WRAPPER_ASSIGNMENTS,
                   updated=WRAPPER_UPDATES):
    for name in assigned:
        try:
            value = getattr(wrapped, name)
        except AttributeError:
            continue
        setattr(wrapper, name, value)
    for name in updated:
        getattr(wrapper, name).update(getattr(wrapped, name, {}))
    wrapper.__wrapped__ = wrapped
    return wrapper


def wraps(wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    return partial(update_wrapper, wrapped=wrapped, assigned=assigned,
                   updated=updated)


# total_ordering: each missing comparison is derived from the root one.

def _gt_from_lt(self, other):
    r = type(self).__lt__(self, other)
    if r is NotImplemented:
        return r
    return not r and self != other


def _le_from_lt(self, other):
    r = type(self).__lt__(self, other)
    if r is NotImplemented:
        return r
    return r or self == other


def _ge_from_lt(self, other):
    r = type(self).__lt__(self, other)
    if r is NotImplemented:
        return r
    return not r


def _ge_from_le(self, other):
    r = type(self).__le__(self, other)
    if r is NotImplemented:
        return r
    return not r or self == other


def _lt_from_le(self, other):
    r = type(self).__le__(self, other)
    if r is NotImplemented:
        return r
    return r and self != other


def _gt_from_le(self, other):
    r = type(self).__le__(self, other)
    if r is NotImplemented:
        return r
    return not r


def _lt_from_gt(self, other):
    r = type(self).__gt__(self, other)
    if r is NotImplemented:
        return r
    return not r and self != other


def _ge_from_gt(self, other):
    r = type(self).__gt__(self, other)
    if r is NotImplemented:
        return r
    return r or self == other


def _le_from_gt(self, other):
    r = type(self).__gt__(self, other)
    if r is NotImplemented:
        return r
    return not r


def _le_from_ge(self, other):
    r = type(self).__ge__(self, other)
    if r is NotImplemented:
        return r
    return not r or self == other


def _gt_from_ge(self, other):
    r = type(self).__ge__(self, other)
    if r is NotImplemented:
        return r
    return r and self != other


def _lt_from_ge(self, other):
    r = type(self).__ge__(self, other)
    if r is NotImplemented:
        return r
    return not r


_derived = {
    '__lt__': [('__gt__', _gt_from_lt), ('__le__', _le_from_lt), ('__ge__', _ge_from_lt)],
    '__le__': [('__ge__', _ge_from_le), ('__lt__', _lt_from_le), ('__gt__', _gt_from_le)],
    '__gt__': [('__lt__', _lt_from_gt), ('__ge__', _ge_from_gt), ('__le__', _le_from_gt)],
    '__ge__': [('__le__', _le_from_ge), ('__gt__', _gt_from_ge), ('__lt__', _lt_from_ge)],
}


def _defines(cls, name):
    # Whether a class of the MRO other than object defines name.
    for c in cls.__mro__:
        if c is not object and name in c.__dict__:
            return c.__dict__[name] is not None
    return False


def total_ordering(cls):
    roots = [op for op in ('__lt__', '__le__', '__gt__', '__ge__') if _defines(cls, op)]
    if not roots:
        raise ValueError('must define at least one ordering operation: < > <= >=')
    root = max(roots)
    for name, fn in _derived[root]:
        if name not in roots:
            fn.__name__ = name
            setattr(cls, name, fn)
    return cls


# cmp_to_key

@_hide_frame
def cmp_to_key(mycmp):
    class K(object):
        __slots__ = ['obj']

        @_hide_frame
        def __init__(self, obj):
            self.obj = obj

        @_hide_frame
        def __lt__(self, other):
            return mycmp(self.obj, _key_obj(other)) < 0

        @_hide_frame
        def __gt__(self, other):
            return mycmp(self.obj, _key_obj(other)) > 0

        @_hide_frame
        def __eq__(self, other):
            return mycmp(self.obj, _key_obj(other)) == 0

        @_hide_frame
        def __le__(self, other):
            return mycmp(self.obj, _key_obj(other)) <= 0

        @_hide_frame
        def __ge__(self, other):
            return mycmp(self.obj, _key_obj(other)) >= 0

        __hash__ = None

    K.__name__ = K.__qualname__ = 'KeyWrapper'
    K.__module__ = 'functools'
    return K


@_hide_frame
def _key_obj(other):
    try:
        return other.obj
    except AttributeError:
        raise TypeError('other argument must be K instance') from None


# reduce

_missing = object()


@_hide_frame
def reduce(*args, **kwargs):
    if kwargs:
        raise TypeError('reduce() takes no keyword arguments')
    if len(args) < 2:
        raise TypeError('reduce expected at least 2 arguments, got %d' % len(args))
    if len(args) > 3:
        raise TypeError('reduce expected at most 3 arguments, got %d' % len(args))
    function, sequence = args[0], args[1]
    try:
        it = iter(sequence)
    except TypeError:
        raise TypeError('reduce() arg 2 must support iteration') from None
    if len(args) == 3:
        value = args[2]
    else:
        value = _missing
        for value in it:
            break
        if value is _missing:
            raise TypeError('reduce() of empty iterable with no initial value')
    for element in it:
        value = function(value, element)
    return value


# partial

class partial:
    """New function with partial application of the given arguments
    and keywords."""

    __slots__ = ('func', 'args', 'keywords', '__dict__')

    @_hide_frame
    def __new__(cls, *args, **keywords):
        if not args:
            raise TypeError("type 'partial' takes at least one argument")
        func, args = args[0], args[1:]
        if not callable(func):
            raise TypeError('the first argument must be callable')
        if isinstance(func, partial) and not _extra_attrs(func):
            args = func.args + args
            keywords = {**func.keywords, **keywords}
            func = func.func
        self = object.__new__(cls)
        self.func = func
        self.args = args
        self.keywords = keywords
        return self

    @_hide_frame
    def __call__(self, /, *args, **keywords):
        keywords = {**self.keywords, **keywords}
        return self.func(*self.args, *args, **keywords)

    @_hide_frame
    def __repr__(self):
        parts = [repr(self.func)]
        parts.extend(repr(a) for a in self.args)
        parts.extend('%s=%r' % (k, v) for k, v in self.keywords.items())
        if type(self) is partial:
            name = 'functools.partial'
        else:
            name = type(self).__name__
        return '%s(%s)' % (name, ', '.join(parts))


def _extra_attrs(p):
    # Whether attributes were set on a partial beyond its three fields
    # (CPython then keeps it as the func of a new partial).
    return any(k not in ('func', 'args', 'keywords') for k in vars(p))


# lru_cache

from collections import namedtuple as _namedtuple

_CacheInfo = _namedtuple('CacheInfo', ['hits', 'misses', 'maxsize', 'currsize'])

_kwd_mark = (object(),)


@_hide_frame
def _make_key(args, kwds, typed):
    key = args
    if kwds:
        key += _kwd_mark
        for item in kwds.items():
            key += item
    if typed:
        key += tuple([type(v) for v in args])
        if kwds:
            key += tuple([type(v) for v in kwds.values()])
    elif len(key) == 1 and type(key[0]) in (int, str):
        return key[0]
    return key


def lru_cache(maxsize=128, typed=False):
    if isinstance(maxsize, int):
        if maxsize < 0:
            maxsize = 0
    elif callable(maxsize) and isinstance(typed, bool):
        user_function, maxsize = maxsize, 128
        wrapper = _lru_cache_wrapper(user_function, maxsize, typed)
        wrapper.cache_parameters = lambda: {'maxsize': maxsize, 'typed': typed}
        return update_wrapper(wrapper, user_function)
    elif maxsize is not None:
        raise TypeError('Expected first argument to be an integer, a callable, or None')

    def decorating_function(user_function):
        wrapper = _lru_cache_wrapper(user_function, maxsize, typed)
        wrapper.cache_parameters = lambda: {'maxsize': maxsize, 'typed': typed}
        return update_wrapper(wrapper, user_function)

    return decorating_function


def _lru_cache_wrapper(user_function, maxsize, typed):
    if not callable(user_function):
        raise TypeError('the first argument must be callable')
    cache = {}
    hits = misses = 0
    sentinel = object()
    make_key = _make_key
    cache_get = cache.get

    if maxsize == 0:
        @_hide_frame
        def wrapper(*args, **kwds):
            nonlocal misses
            misses += 1
            return user_function(*args, **kwds)
    elif maxsize is None:
        @_hide_frame
        def wrapper(*args, **kwds):
            nonlocal hits, misses
            key = make_key(args, kwds, typed)
            result = cache_get(key, sentinel)
            if result is not sentinel:
                hits += 1
                return result
            misses += 1
            result = user_function(*args, **kwds)
            cache[key] = result
            return result
    else:
        @_hide_frame
        def wrapper(*args, **kwds):
            nonlocal hits, misses
            key = make_key(args, kwds, typed)
            result = cache_get(key, sentinel)
            if result is not sentinel:
                # Most recently used: move the entry to the end.
                del cache[key]
                cache[key] = result
                hits += 1
                return result
            misses += 1
            result = user_function(*args, **kwds)
            if key in cache:
                # A recursive call cached it meanwhile.
                pass
            elif len(cache) >= maxsize:
                del cache[next(iter(cache))]
                cache[key] = result
            else:
                cache[key] = result
            return result

    def cache_info():
        return _CacheInfo(hits, misses, maxsize, len(cache))

    def cache_clear():
        nonlocal hits, misses
        cache.clear()
        hits = misses = 0

    wrapper.cache_info = _hide_frame(cache_info)
    wrapper.cache_clear = _hide_frame(cache_clear)
    return wrapper


def cache(user_function, /):
    return lru_cache(maxsize=None)(user_function)


# cached_property

_NOT_FOUND = object()


class cached_property:
    def __init__(self, func):
        self.func = func
        self.attrname = None
        self.__doc__ = func.__doc__
        self.__module__ = func.__module__

    def __set_name__(self, owner, name):
        if self.attrname is None:
            self.attrname = name
        elif name != self.attrname:
            raise TypeError(
                "Cannot assign the same cached_property to two different names "
                f"({self.attrname!r} and {name!r})."
            )

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        if self.attrname is None:
            raise TypeError(
                "Cannot use cached_property instance without calling __set_name__ on it.")
        try:
            cache = instance.__dict__
        except AttributeError:
            msg = (
                f"No '__dict__' attribute on {type(instance).__name__!r} "
                f"instance to cache {self.attrname!r} property."
            )
            raise TypeError(msg) from None
        val = cache.get(self.attrname, _NOT_FOUND)
        if val is _NOT_FOUND:
            val = self.func(instance)
            try:
                cache[self.attrname] = val
            except TypeError:
                msg = (
                    f"The '__dict__' attribute on {type(instance).__name__!r} instance "
                    f"does not support item assignment for caching {self.attrname!r} property."
                )
                raise TypeError(msg) from None
        return val
