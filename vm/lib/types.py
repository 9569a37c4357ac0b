"""The types module: names for the interpreter's built-in types, and
SimpleNamespace, new_class, prepare_class, resolve_bases.

Written for hotloop. Each type name is taken from a value of that type,
as CPython's module does, so it is the interpreter's own class object.
Types hotloop does not have (mapping proxies, descriptors of C slots)
are left out rather than faked.
"""

import sys as _sys
from _hotloop import c_type as _c_type


def _f():
    pass


def _g():
    yield 1


class _C:
    def _m(self):
        pass


FunctionType = type(_f)
LambdaType = type(lambda: None)
CodeType = type(_f.__code__)
GeneratorType = type(_g())
MethodType = type(_C()._m)
BuiltinFunctionType = type(len)
BuiltinMethodType = type([].append)
WrapperDescriptorType = type(object.__init__)
MethodWrapperType = type(object().__str__)
MethodDescriptorType = type(str.join)
ClassMethodDescriptorType = type(dict.__dict__['fromkeys'])
GetSetDescriptorType = type(int.real)
MemberDescriptorType = type(type('_S', (), {'__slots__': ('x',)}).x)
ModuleType = type(_sys)
NoneType = type(None)
EllipsisType = type(Ellipsis)
NotImplementedType = type(NotImplemented)
GenericAlias = type(list[int])
UnionType = type(int | str)

try:
    raise TypeError
except TypeError as _exc:
    TracebackType = type(_exc.__traceback__)
    FrameType = type(_exc.__traceback__.tb_frame)
    del _exc


async def _co():
    pass


async def _ag():
    yield 1


_c = _co()
CoroutineType = type(_c)
_c.close()
AsyncGeneratorType = type(_ag())

del _f, _g, _C, _co, _ag, _c


@_c_type
class SimpleNamespace:
    """An object whose attributes are the keyword arguments it was made with."""

    def __init__(self, /, **kwargs):
        self.__dict__.update(kwargs)

    def __repr__(self):
        name = "namespace" if type(self) is SimpleNamespace else type(self).__name__
        running = _repr_running
        key = id(self)
        if key in running:
            return name + "(...)"
        running.add(key)
        try:
            items = ", ".join(f"{k}={v!r}" for k, v in self.__dict__.items())
        finally:
            running.discard(key)
        return f"{name}({items})"

    def __eq__(self, other):
        if isinstance(self, SimpleNamespace) and isinstance(other, SimpleNamespace):
            return self.__dict__ == other.__dict__
        return NotImplemented

    def __reduce__(self):
        return (type(self), (), dict(self.__dict__))


SimpleNamespace.__module__ = "types"
_repr_running = set()


def resolve_bases(bases):
    """Replace bases that define __mro_entries__ by what it returns."""
    new = []
    changed = False
    for base in bases:
        if isinstance(base, type):
            new.append(base)
            continue
        entries = getattr(base, "__mro_entries__", None)
        if entries is None:
            new.append(base)
            continue
        got = entries(bases)
        if not isinstance(got, tuple):
            raise TypeError("__mro_entries__ must return a tuple")
        new.extend(got)
        changed = True
    return tuple(new) if changed else bases


def prepare_class(name, bases=(), kwds=None):
    """Return (metaclass, namespace, remaining keywords) for a class statement."""
    kwds = {} if kwds is None else dict(kwds)
    if "metaclass" in kwds:
        meta = kwds.pop("metaclass")
    else:
        meta = type(bases[0]) if bases else type
    if isinstance(meta, type):
        for base in bases:
            bm = type(base)
            if issubclass(meta, bm):
                continue
            if issubclass(bm, meta):
                meta = bm
                continue
            raise TypeError("metaclass conflict: the metaclass of a derived class must be a "
                            "(non-strict) subclass of the metaclasses of all its bases")
    if hasattr(meta, "__prepare__"):
        ns = meta.__prepare__(name, bases, **kwds)
    else:
        ns = {}
    return meta, ns, kwds


def new_class(name, bases=(), kwds=None, exec_body=None):
    """Create a class as a class statement would."""
    resolved = resolve_bases(bases)
    meta, ns, kwds = prepare_class(name, resolved, kwds)
    if exec_body is not None:
        exec_body(ns)
    if resolved is not bases:
        ns["__orig_bases__"] = bases
    return meta(name, resolved, ns, **kwds)


class _GeneratorWrapper:
    """What a types.coroutine function returns for a generator: the
    generator, made awaitable. (CPython marks the generator function's code
    CO_ITERABLE_COROUTINE instead, so there the call returns the generator
    itself; it uses such a wrapper for generator-like objects of other
    types.)"""

    def __init__(self, gen):
        self.__wrapped = gen
        self.__name__ = getattr(gen, "__name__", None)
        self.__qualname__ = getattr(gen, "__qualname__", None)

    def send(self, val):
        return self.__wrapped.send(val)

    def throw(self, *args):
        return self.__wrapped.throw(*args)

    def close(self):
        return self.__wrapped.close()

    def __next__(self):
        return next(self.__wrapped)

    def __iter__(self):
        if isinstance(self.__wrapped, GeneratorType):
            return self.__wrapped
        return self

    __await__ = __iter__


def coroutine(func):
    """Convert a generator function into one whose results can be awaited
    (an async def function is returned as it is)."""
    if not callable(func):
        raise TypeError("types.coroutine() expects a callable")
    if func.__class__ is FunctionType:
        flags = func.__code__.co_flags
        if flags & 0x180:  # a coroutine function or one made awaitable
            return func
        if flags & 0x20:  # a generator function: CO_ITERABLE_COROUTINE
            import _hotloop
            return _hotloop.iterable_coroutine(func)
    import functools

    @functools.wraps(func)
    def wrapped(*args, **kwargs):
        coro = func(*args, **kwargs)
        if coro.__class__ is CoroutineType:
            return coro
        if coro.__class__ is GeneratorType or (
                hasattr(coro, "send") and hasattr(coro, "throw") and hasattr(coro, "close")
                and hasattr(coro, "__next__") and not hasattr(coro, "__await__")):
            return _GeneratorWrapper(coro)
        return coro

    return wrapped
