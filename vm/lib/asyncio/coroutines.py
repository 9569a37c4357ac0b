"""asyncio.coroutines for hotloop: iscoroutine and iscoroutinefunction."""

__all__ = ('iscoroutinefunction', 'iscoroutine')

_CO_COROUTINE = 0x0080


async def _probe():
    pass


_c = _probe()
_CoroutineType = type(_c)
_c.close()
del _c


def iscoroutinefunction(func):
    """True if func is a function defined with async def."""
    code = getattr(func, '__code__', None)
    if code is None:
        func = getattr(func, '__func__', None)
        code = getattr(func, '__code__', None)
    flags = getattr(code, 'co_flags', 0)
    return bool(flags & _CO_COROUTINE) or getattr(func, '_is_coroutine', None) is _is_coroutine


_is_coroutine = object()


def iscoroutine(obj):
    """True if obj is a coroutine object."""
    return type(obj) is _CoroutineType
