"""Shallow and deep copy operations (hotloop's copy module, with CPython
3.11's rules: immutable values are returned as they are, containers are
copied, __copy__/__deepcopy__ are honoured, other instances are rebuilt
from their class, __dict__ and slots)."""

__all__ = ["Error", "copy", "deepcopy"]


class Error(Exception):
    pass


error = Error

import builtins as _builtins

_FunctionType = type(lambda: None)
_BuiltinType = type(len)
# builtin methods read from their types, which CPython's reduce rebuilds
# as getattr(type, name): the same object
_MethodDescriptors = {type(str.join), type(int.__add__)}
# a slot bound to an object, rebuilt as getattr(self, name)
_MethodWrapper = type(object().__str__)


def _types(*names):
    # The builtin types among names that this runtime provides.
    return {getattr(_builtins, n) for n in names if hasattr(_builtins, n)}


_immutable = _types('int', 'float', 'bool', 'complex', 'str', 'tuple',
                    'bytes', 'frozenset', 'type', 'range', 'slice', 'property')
_immutable |= {type(None), _BuiltinType, type(Ellipsis), type(NotImplemented),
               _FunctionType} | _MethodDescriptors

_atomic = _types('int', 'float', 'bool', 'complex', 'bytes', 'str', 'type',
                 'range', 'property')
_atomic |= {type(None), _BuiltinType, type(Ellipsis), type(NotImplemented),
            _FunctionType} | _MethodDescriptors

_shallow_copied = _types('list', 'dict', 'set', 'bytearray')
_rebuilt_from_items = _types('set', 'frozenset', 'bytearray')


def copy(x):
    """Shallow copy of x."""
    cls = type(x)
    if cls in _immutable:
        return x
    if cls in _shallow_copied:
        return x.copy()
    if issubclass(cls, type):
        return x
    if cls is _MethodWrapper:
        return getattr(x.__self__, x.__name__)
    copier = getattr(cls, "__copy__", None)
    if copier is not None:
        return copier(x)
    return _rebuild(x, None)


def deepcopy(x, memo=None, _nil=[]):
    """Deep copy of x; memo maps id(original) to its copy."""
    if memo is None:
        memo = {}
    d = id(x)
    y = memo.get(d, _nil)
    if y is not _nil:
        return y
    cls = type(x)
    if cls in _atomic or issubclass(cls, type):
        y = x
    elif cls is list:
        y = []
        memo[d] = y
        for a in x:
            y.append(deepcopy(a, memo))
    elif cls is tuple:
        items = [deepcopy(a, memo) for a in x]
        try:
            return memo[d]
        except KeyError:
            pass
        y = x
        for k, j in zip(x, items):
            if k is not j:
                y = tuple(items)
                break
    elif cls is dict:
        y = {}
        memo[d] = y
        for key, value in x.items():
            y[deepcopy(key, memo)] = deepcopy(value, memo)
    elif cls is _MethodWrapper:
        y = getattr(deepcopy(x.__self__, memo), x.__name__)
    elif cls in _rebuilt_from_items:
        y = cls([deepcopy(a, memo) for a in x])
    else:
        copier = getattr(x, "__deepcopy__", None)
        if copier is not None:
            y = copier(memo)
        else:
            y = _rebuild(x, memo)
    if y is not x:
        memo[d] = y
        try:
            memo[id(memo)].append(x)
        except KeyError:
            memo[id(memo)] = [x]
    return y


def _state_of(x):
    getstate = getattr(x, "__getstate__", None)
    if getstate is not None:
        try:
            return getstate()
        except TypeError:
            pass
    state = getattr(x, "__dict__", None)
    slots = {}
    for klass in type(x).__mro__:
        names = klass.__dict__.get("__slots__", ())
        if isinstance(names, str):
            names = (names,)
        for name in names:
            if name in ("__dict__", "__weakref__"):
                continue
            try:
                slots[name] = getattr(x, name)
            except AttributeError:
                pass
    if state is not None and not state:
        state = None
    if slots:
        return (state, slots)
    return state


def _rebuild(x, memo):
    cls = type(x)
    if not hasattr(x, "__dict__") and not _has_slots(cls):
        raise TypeError(f"cannot pickle {cls.__name__!r} object")
    deep = memo is not None
    if isinstance(x, BaseException):
        # BaseException.__reduce__ rebuilds by calling the class with the
        # exception's args (so __init__ runs), then restores __dict__.
        args = x.args
        y = cls(*(deepcopy(args, memo) if deep else args))
    else:
        y = cls.__new__(cls)
    if deep:
        memo[id(x)] = y
    state = _state_of(x)
    if state is not None:
        if deep:
            state = deepcopy(state, memo)
        if hasattr(y, "__setstate__"):
            y.__setstate__(state)
        else:
            slotstate = None
            if isinstance(state, tuple) and len(state) == 2:
                state, slotstate = state
            if state:
                y.__dict__.update(state)
            if slotstate:
                for key, value in slotstate.items():
                    setattr(y, key, value)
    if isinstance(x, list):
        for item in x:
            y.append(deepcopy(item, memo) if deep else item)
    elif isinstance(x, dict):
        for key, value in x.items():
            if deep:
                y[deepcopy(key, memo)] = deepcopy(value, memo)
            else:
                y[key] = value
    elif isinstance(x, set):
        for item in x:
            y.add(deepcopy(item, memo) if deep else item)
    return y


def _has_slots(cls):
    for klass in cls.__mro__:
        if klass is not object and "__slots__" in klass.__dict__:
            return True
    return False
