"""inspect for hotloop: the commonly used part of CPython 3.11's inspect
module: type predicates, getmembers, signatures (Signature, Parameter,
BoundArguments), docstrings, modules and files of objects, and the
current frame and stack.

Written for hotloop. Signatures are read from a function's code object,
defaults and annotations, as CPython does for Python functions; builtins
have no text signature in hotloop, so signature() of a builtin raises
ValueError. Frames are the snapshots sys._getframe gives (docs/vm.md,
"Traceback and frame objects"). Not here: getsource and the other source
readers, getattr_static, the class tree functions, getclosurevars.
"""

import collections
import enum
import sys
import types

__all__ = [
    "BoundArguments", "Parameter", "Signature", "CO_ASYNC_GENERATOR", "CO_COROUTINE",
    "CO_GENERATOR", "CO_NESTED", "CO_NEWLOCALS", "CO_NOFREE", "CO_OPTIMIZED",
    "CO_VARARGS", "CO_VARKEYWORDS", "FrameInfo", "cleandoc", "currentframe", "getdoc",
    "getfile", "getmembers", "getmodule", "getmodulename", "getmro", "isabstract",
    "isasyncgen", "isasyncgenfunction", "isawaitable", "isbuiltin", "isclass", "iscode",
    "iscoroutine", "iscoroutinefunction", "isdatadescriptor", "isframe", "isfunction",
    "isgenerator", "isgeneratorfunction", "ismethod", "ismethoddescriptor", "ismethodwrapper",
    "ismodule",
    "isroutine", "istraceback", "signature", "stack", "unwrap",
]

_object = object  # the parameters named 'object' hide the builtin

CO_OPTIMIZED = 0x1
CO_NEWLOCALS = 0x2
CO_VARARGS = 0x4
CO_VARKEYWORDS = 0x8
CO_NESTED = 0x10
CO_GENERATOR = 0x20
CO_NOFREE = 0x40
CO_COROUTINE = 0x80
CO_ITERABLE_COROUTINE = 0x100
CO_ASYNC_GENERATOR = 0x200


# ---- predicates ----

def ismodule(object):
    """Whether object is a module."""
    return isinstance(object, types.ModuleType)


def isclass(object):
    """Whether object is a class."""
    return isinstance(object, type)


def ismethod(object):
    """Whether object is a bound method."""
    return isinstance(object, types.MethodType)


def isfunction(object):
    """Whether object is a function written in Python (lambdas too)."""
    return isinstance(object, types.FunctionType)


def _has_flag(f, flag):
    while ismethod(f):
        f = f.__func__
    if not isfunction(f):
        return False
    return bool(f.__code__.co_flags & flag)


def isgeneratorfunction(obj):
    """Whether obj is a generator function."""
    return _has_flag(obj, CO_GENERATOR)


def iscoroutinefunction(obj):
    """Whether obj is a coroutine function (async def)."""
    return _has_flag(obj, CO_COROUTINE)


def isasyncgenfunction(obj):
    """Whether obj is an asynchronous generator function."""
    return _has_flag(obj, CO_ASYNC_GENERATOR)


def isgenerator(object):
    return isinstance(object, types.GeneratorType)


def iscoroutine(object):
    return isinstance(object, types.CoroutineType)


def isasyncgen(object):
    return isinstance(object, types.AsyncGeneratorType)


def isawaitable(object):
    """Whether object can be used in an await expression."""
    return (isinstance(object, types.CoroutineType) or
            isinstance(object, types.GeneratorType) and bool(object.gi_code.co_flags & 0x100) or
            hasattr(type(object), "__await__"))


def istraceback(object):
    return isinstance(object, types.TracebackType)


def isframe(object):
    return isinstance(object, types.FrameType)


def iscode(object):
    return isinstance(object, types.CodeType)


def isbuiltin(object):
    """Whether object is a builtin function or a method of a builtin."""
    return isinstance(object, types.BuiltinFunctionType)


def ismethoddescriptor(object):
    if isclass(object) or ismethod(object) or isfunction(object):
        return False
    tp = type(object)
    return hasattr(tp, "__get__") and not hasattr(tp, "__set__")


def isdatadescriptor(object):
    if isclass(object) or ismethod(object) or isfunction(object):
        return False
    tp = type(object)
    return hasattr(tp, "__set__") or hasattr(tp, "__delete__")


def ismethodwrapper(object):
    """Whether object is a method-wrapper (a slot bound to an object)."""
    return isinstance(object, types.MethodWrapperType)


def isroutine(object):
    """Whether object is a function or method of any kind."""
    return (isbuiltin(object) or isfunction(object) or ismethod(object) or
            ismethoddescriptor(object) or ismethodwrapper(object))


def isabstract(object):
    """Whether object is an abstract base class with abstract methods."""
    return bool(isinstance(object, type) and getattr(object, "__abstractmethods__", False))


# ---- members, docs, modules ----

def getmembers(object, predicate=None):
    """The (name, value) pairs of object's attributes, sorted by name,
    those for which predicate(value) is true if predicate is given."""
    names = dir(object)
    if isclass(object):
        mro = getmro(object)
        # class attributes that dir() hides behind a metaclass
        for base in mro:
            for k in base.__dict__:
                if k not in names:
                    names.append(k)
    else:
        mro = ()
    out = []
    seen = set()
    for key in names:
        try:
            value = getattr(object, key)
            if key in seen:
                raise AttributeError
        except AttributeError:
            for base in mro:
                if key in base.__dict__:
                    value = base.__dict__[key]
                    break
            else:
                continue
        if predicate is None or predicate(value):
            out.append((key, value))
        seen.add(key)
    out.sort(key=lambda pair: pair[0])
    return out


def getmro(cls):
    """cls.__mro__."""
    return cls.__mro__


def unwrap(func, *, stop=None):
    """Follow the __wrapped__ chain of func (functools.wraps) to its end."""
    seen = {id(func)}
    f = func
    while hasattr(f, "__wrapped__"):
        if stop is not None and stop(f):
            break
        f = f.__wrapped__
        if id(f) in seen:
            raise ValueError('wrapper loop when unwrapping {!r}'.format(func))
        seen.add(id(f))
    return f


def cleandoc(doc):
    """A docstring with its indentation made uniform: tabs expanded, the
    common indent of the lines after the first removed, leading and
    trailing blank lines dropped."""
    lines = doc.expandtabs().split('\n')
    indent = None
    for line in lines[1:]:
        stripped = line.lstrip()
        if stripped:
            n = len(line) - len(stripped)
            indent = n if indent is None else min(indent, n)
    lines[0] = lines[0].lstrip()
    if indent is not None:
        lines[1:] = [line[indent:] for line in lines[1:]]
    while lines and not lines[-1]:
        lines.pop()
    while lines and not lines[0]:
        lines.pop(0)
    return '\n'.join(lines)


def getdoc(object):
    """object's docstring, cleaned up (cleandoc); a class or method
    without one gets the one it inherits."""
    try:
        doc = object.__doc__
    except AttributeError:
        return None
    if doc is None and isclass(object):
        for base in object.__mro__[1:]:
            if base is not _object and base.__doc__ is not None:
                doc = base.__doc__
                break
    if not isinstance(doc, str):
        return None
    return cleandoc(doc)


def getmodule(object, _filename=None):
    """The module object was defined in, or None."""
    if ismodule(object):
        return object
    name = getattr(object, '__module__', None)
    if name is not None:
        return sys.modules.get(name)
    return None


def getfile(object):
    """The file that object (a module, class, method, function, traceback,
    frame or code object) was defined in."""
    if ismodule(object):
        f = getattr(object, '__file__', None)
        if f:
            return f
        raise TypeError('{!r} is a built-in module'.format(object))
    if isclass(object):
        module = sys.modules.get(object.__module__)
        f = getattr(module, '__file__', None)
        if f:
            return f
        raise TypeError('{!r} is a built-in class'.format(object))
    if ismethod(object):
        object = object.__func__
    if isfunction(object):
        object = object.__code__
    if istraceback(object):
        object = object.tb_frame
    if isframe(object):
        object = object.f_code
    if iscode(object):
        return object.co_filename
    raise TypeError('module, class, method, function, traceback, frame, or '
                    'code object was expected, got {}'.format(type(object).__name__))


def getmodulename(path):
    """The module name of a file path (None when it is not a .py file)."""
    import os.path
    base = os.path.basename(path)
    for suffix in ('.py', '.pyc', '.pyw'):
        if base.endswith(suffix) and len(base) > len(suffix):
            return base[:-len(suffix)]
    return None


# ---- frames ----

FrameInfo = collections.namedtuple(
    'FrameInfo', ['frame', 'filename', 'lineno', 'function', 'code_context', 'index'])


def currentframe():
    """The caller's frame (a snapshot in hotloop)."""
    return sys._getframe(1)


def stack(context=1):
    """FrameInfo records of the caller's frame and every frame outside it,
    innermost first (code_context and index are None: no source context
    is read)."""
    out = []
    f = sys._getframe(1)
    while f is not None:
        out.append(FrameInfo(f, f.f_code.co_filename, f.f_lineno, f.f_code.co_name, None, None))
        f = f.f_back
    return out


# ---- signatures ----

class _empty:
    """Marker of a missing default or annotation."""


class _void:
    """Marker of a keyword argument not given to replace()."""


class _ParameterKind(enum.IntEnum):
    POSITIONAL_ONLY = 0
    POSITIONAL_OR_KEYWORD = 1
    VAR_POSITIONAL = 2
    KEYWORD_ONLY = 3
    VAR_KEYWORD = 4

    def __str__(self):
        return self._name_

    @property
    def description(self):
        return _KIND_DESCRIPTIONS[self]


_KIND_DESCRIPTIONS = {
    _ParameterKind.POSITIONAL_ONLY: 'positional-only',
    _ParameterKind.POSITIONAL_OR_KEYWORD: 'positional or keyword',
    _ParameterKind.VAR_POSITIONAL: 'variadic positional',
    _ParameterKind.KEYWORD_ONLY: 'keyword-only',
    _ParameterKind.VAR_KEYWORD: 'variadic keyword',
}


def formatannotation(annotation, base_module=None):
    """The text of an annotation in a signature: a class by its qualified
    name (module-qualified outside builtins and base_module), typing
    objects without their 'typing.' prefix, anything else by repr."""
    if getattr(annotation, '__module__', None) == 'typing':
        return repr(annotation).replace('typing.', '')
    if isinstance(annotation, types.GenericAlias):
        return str(annotation)
    if isinstance(annotation, type):
        if annotation.__module__ in ('builtins', base_module):
            return annotation.__qualname__
        return annotation.__module__ + '.' + annotation.__qualname__
    return repr(annotation)


class Parameter:
    """One parameter of a Signature: name, kind, default and annotation
    (Parameter.empty when absent)."""

    __slots__ = ('_name', '_kind', '_default', '_annotation')

    POSITIONAL_ONLY = _ParameterKind.POSITIONAL_ONLY
    POSITIONAL_OR_KEYWORD = _ParameterKind.POSITIONAL_OR_KEYWORD
    VAR_POSITIONAL = _ParameterKind.VAR_POSITIONAL
    KEYWORD_ONLY = _ParameterKind.KEYWORD_ONLY
    VAR_KEYWORD = _ParameterKind.VAR_KEYWORD

    empty = _empty

    def __init__(self, name, kind, *, default=_empty, annotation=_empty):
        try:
            self._kind = _ParameterKind(kind)
        except ValueError:
            raise ValueError(f'value {kind!r} is not a valid Parameter.kind')
        if default is not _empty and self._kind in (_ParameterKind.VAR_POSITIONAL,
                                                    _ParameterKind.VAR_KEYWORD):
            raise ValueError(f'{self._kind.description} parameters cannot have default values')
        if not isinstance(name, str):
            raise TypeError('name must be a str, not a {}'.format(type(name).__name__))
        if not name.isidentifier():
            raise ValueError('{!r} is not a valid parameter name'.format(name))
        self._name = name
        self._default = default
        self._annotation = annotation

    name = property(lambda self: self._name)
    default = property(lambda self: self._default)
    annotation = property(lambda self: self._annotation)
    kind = property(lambda self: self._kind)

    def replace(self, *, name=_void, kind=_void, annotation=_void, default=_void):
        """A copy with the given fields changed."""
        return type(self)(self._name if name is _void else name,
                          self._kind if kind is _void else kind,
                          default=self._default if default is _void else default,
                          annotation=self._annotation if annotation is _void else annotation)

    def __str__(self):
        text = self._name
        if self._annotation is not _empty:
            text = '{}: {}'.format(text, formatannotation(self._annotation))
        if self._default is not _empty:
            sep = ' = ' if self._annotation is not _empty else '='
            text = '{}{}{}'.format(text, sep, repr(self._default))
        if self._kind == _ParameterKind.VAR_POSITIONAL:
            text = '*' + text
        elif self._kind == _ParameterKind.VAR_KEYWORD:
            text = '**' + text
        return text

    def __repr__(self):
        return '<{} "{}">'.format(type(self).__name__, self)

    def __hash__(self):
        return hash((self._name, self._kind, self._annotation, self._default))

    def __eq__(self, other):
        if self is other:
            return True
        if not isinstance(other, Parameter):
            return NotImplemented
        return (self._name == other._name and self._kind == other._kind and
                self._default == other._default and self._annotation == other._annotation)


class BoundArguments:
    """The result of Signature.bind: arguments maps parameter names to
    the values bound to them."""

    __slots__ = ('arguments', '_signature')

    def __init__(self, signature, arguments):
        self.arguments = arguments
        self._signature = signature

    signature = property(lambda self: self._signature)

    @property
    def args(self):
        out = []
        for name, param in self._signature.parameters.items():
            if param.kind in (Parameter.VAR_KEYWORD, Parameter.KEYWORD_ONLY):
                break
            try:
                value = self.arguments[name]
            except KeyError:
                break
            if param.kind == Parameter.VAR_POSITIONAL:
                out.extend(value)
            else:
                out.append(value)
        return tuple(out)

    @property
    def kwargs(self):
        out = {}
        started = False
        for name, param in self._signature.parameters.items():
            if not started:
                if param.kind in (Parameter.VAR_KEYWORD, Parameter.KEYWORD_ONLY):
                    started = True
                elif name not in self.arguments:
                    started = True
                    continue
            if not started:
                continue
            try:
                value = self.arguments[name]
            except KeyError:
                continue
            if param.kind == Parameter.VAR_KEYWORD:
                out.update(value)
            else:
                out[name] = value
        return out

    def apply_defaults(self):
        """Fill in the defaults of the parameters not bound ((), {} for
        the variadic ones)."""
        new = []
        for name, param in self._signature.parameters.items():
            if name in self.arguments:
                new.append((name, self.arguments[name]))
            elif param.default is not _empty:
                new.append((name, param.default))
            elif param.kind == Parameter.VAR_POSITIONAL:
                new.append((name, ()))
            elif param.kind == Parameter.VAR_KEYWORD:
                new.append((name, {}))
        self.arguments = dict(new)

    def __eq__(self, other):
        if self is other:
            return True
        if not isinstance(other, BoundArguments):
            return NotImplemented
        return self.signature == other.signature and self.arguments == other.arguments

    def __repr__(self):
        args = ['{}={!r}'.format(k, v) for k, v in self.arguments.items()]
        return '<{} ({})>'.format(type(self).__name__, ', '.join(args))


class Signature:
    """The parameters of a callable and its return annotation."""

    __slots__ = ('_parameters', '_return_annotation')

    empty = _empty

    def __init__(self, parameters=None, *, return_annotation=_empty, __validate_parameters__=True):
        params = {}
        if parameters is not None:
            kind_seen = _ParameterKind.POSITIONAL_ONLY
            defaulted = False
            for param in parameters:
                kind = param.kind
                if __validate_parameters__:
                    if kind < kind_seen:
                        raise ValueError('wrong parameter order: {} parameter before {} parameter'.format(
                            kind_seen.description, kind.description))
                    if kind in (_ParameterKind.POSITIONAL_ONLY, _ParameterKind.POSITIONAL_OR_KEYWORD):
                        if param.default is _empty:
                            if defaulted:
                                raise ValueError('non-default argument follows default argument')
                        else:
                            defaulted = True
                    if param.name in params:
                        raise ValueError('duplicate parameter name: {!r}'.format(param.name))
                kind_seen = kind
                params[param.name] = param
        self._parameters = types.MappingProxyType(params) if hasattr(types, 'MappingProxyType') else params
        self._return_annotation = return_annotation

    parameters = property(lambda self: self._parameters)
    return_annotation = property(lambda self: self._return_annotation)

    @classmethod
    def from_callable(cls, obj, *, follow_wrapped=True, globals=None, locals=None, eval_str=False):
        return _signature_of(obj, follow_wrapped, cls)

    def replace(self, *, parameters=_void, return_annotation=_void):
        if parameters is _void:
            parameters = self._parameters.values()
        if return_annotation is _void:
            return_annotation = self._return_annotation
        return type(self)(parameters, return_annotation=return_annotation)

    def __hash__(self):
        kwonly = frozenset(p for p in self._parameters.values() if p.kind == Parameter.KEYWORD_ONLY)
        others = tuple(p for p in self._parameters.values() if p.kind != Parameter.KEYWORD_ONLY)
        return hash((others, kwonly, self._return_annotation))

    def __eq__(self, other):
        if self is other:
            return True
        if not isinstance(other, Signature):
            return NotImplemented
        return (self._return_annotation == other._return_annotation and
                list(self._parameters.items()) == list(other._parameters.items()))

    def _bind(self, args, kwargs, partial):
        arguments = {}
        params = iter(self._parameters.values())
        pending = None
        args = list(args)
        kwargs = dict(kwargs)
        # positional arguments, in order
        while args:
            param = next(params, None)
            if param is None:
                raise TypeError('too many positional arguments') from None
            if param.kind in (Parameter.VAR_KEYWORD, Parameter.KEYWORD_ONLY):
                raise TypeError('too many positional arguments') from None
            if param.kind == Parameter.VAR_POSITIONAL:
                arguments[param.name] = tuple(args)
                args = []
                break
            if param.name in kwargs and param.kind != Parameter.POSITIONAL_ONLY:
                raise TypeError('multiple values for argument {!r}'.format(param.name)) from None
            arguments[param.name] = args.pop(0)
        # the rest by keyword
        varkw = None
        for param in params:
            if param.kind == Parameter.VAR_KEYWORD:
                varkw = param
                continue
            if param.kind == Parameter.VAR_POSITIONAL:
                continue
            name = param.name
            if name in kwargs and param.kind != Parameter.POSITIONAL_ONLY:
                arguments[name] = kwargs.pop(name)
            elif not partial and param.default is _empty:
                if param.kind == Parameter.POSITIONAL_ONLY and name in kwargs:
                    raise TypeError('{!r} parameter is positional only, but was passed as a keyword'.format(name))
                raise TypeError('missing a required argument: {!r}'.format(name)) from None
        if kwargs:
            if varkw is not None:
                arguments[varkw.name] = kwargs
            else:
                raise TypeError('got an unexpected keyword argument {!r}'.format(next(iter(kwargs))))
        return BoundArguments(self, arguments)

    def bind(self, /, *args, **kwargs):
        """Bind args and kwargs to the parameters, as a call would
        (TypeError when the call would fail)."""
        return self._bind(args, kwargs, False)

    def bind_partial(self, /, *args, **kwargs):
        """bind() that allows required arguments to be missing."""
        return self._bind(args, kwargs, True)

    def __repr__(self):
        return '<{} {}>'.format(type(self).__name__, self)

    def __str__(self):
        parts = []
        slash_pending = False
        star_needed = True
        for param in self._parameters.values():
            kind = param.kind
            if kind == _ParameterKind.POSITIONAL_ONLY:
                slash_pending = True
            elif slash_pending:
                parts.append('/')
                slash_pending = False
            if kind == _ParameterKind.VAR_POSITIONAL:
                star_needed = False
            elif kind == _ParameterKind.KEYWORD_ONLY and star_needed:
                parts.append('*')
                star_needed = False
            parts.append(str(param))
        if slash_pending:
            parts.append('/')
        text = '({})'.format(', '.join(parts))
        if self._return_annotation is not _empty:
            text += ' -> {}'.format(formatannotation(self._return_annotation))
        return text


def _function_signature(func, cls, skip_first):
    code = func.__code__
    names = code.co_varnames
    npos = code.co_argcount
    nposonly = code.co_posonlyargcount
    nkw = code.co_kwonlyargcount
    defaults = func.__defaults__ or ()
    kwdefaults = func.__kwdefaults__ or {}
    annotations = func.__annotations__
    params = []
    first_default = npos - len(defaults)
    for i in range(npos):
        name = names[i]
        kind = Parameter.POSITIONAL_ONLY if i < nposonly else Parameter.POSITIONAL_OR_KEYWORD
        default = defaults[i - first_default] if i >= first_default else _empty
        params.append(Parameter(name, kind, default=default,
                                annotation=annotations.get(name, _empty)))
    at = npos
    if code.co_flags & CO_VARARGS:
        name = names[npos + nkw]
        params.append(Parameter(name, Parameter.VAR_POSITIONAL,
                                annotation=annotations.get(name, _empty)))
    for i in range(nkw):
        name = names[at + i]
        params.append(Parameter(name, Parameter.KEYWORD_ONLY,
                                default=kwdefaults.get(name, _empty),
                                annotation=annotations.get(name, _empty)))
    if code.co_flags & CO_VARKEYWORDS:
        k = npos + nkw + (1 if code.co_flags & CO_VARARGS else 0)
        name = names[k]
        params.append(Parameter(name, Parameter.VAR_KEYWORD,
                                annotation=annotations.get(name, _empty)))
    if skip_first:
        if not params or params[0].kind in (Parameter.VAR_KEYWORD, Parameter.KEYWORD_ONLY):
            raise ValueError('invalid method signature')
        if params[0].kind != Parameter.VAR_POSITIONAL:
            params = params[1:]
    return cls(params, return_annotation=annotations.get('return', _empty),
               __validate_parameters__=False)


def _signature_of(obj, follow_wrapped, cls, skip_first=False):
    if not callable(obj):
        raise TypeError('{!r} is not a callable object'.format(obj))
    if isinstance(obj, types.MethodType):
        return _signature_of(obj.__func__, follow_wrapped, cls, True)
    if follow_wrapped:
        obj = unwrap(obj, stop=lambda f: hasattr(f, '__signature__'))
        if isinstance(obj, types.MethodType):
            return _signature_of(obj, follow_wrapped, cls, skip_first)
    sig = getattr(obj, '__signature__', None)
    if sig is not None:
        if not isinstance(sig, Signature):
            raise TypeError('unexpected object {!r} in __signature__ attribute'.format(sig))
        return sig
    if isfunction(obj):
        return _function_signature(obj, cls, skip_first)
    if isinstance(obj, type):
        for name in ('__new__', '__init__'):
            for base in obj.__mro__:
                if name in base.__dict__:
                    if base is object:
                        break
                    meth = getattr(obj, name)
                    if isfunction(meth) or ismethod(meth):
                        target = meth.__func__ if ismethod(meth) else meth
                        return _signature_of(target, follow_wrapped, cls, True)
                    break
        if obj.__init__ is object.__init__ and obj.__new__ is object.__new__:
            return cls(())
        raise ValueError('no signature found for builtin type {!r}'.format(obj))
    if isbuiltin(obj):
        raise ValueError('no signature found for builtin {!r}'.format(obj))
    call = getattr(type(obj), '__call__', None)
    if call is not None and isfunction(call):
        return _signature_of(call, follow_wrapped, cls, True)
    raise ValueError('callable {!r} is not supported by signature'.format(obj))


def signature(obj, *, follow_wrapped=True, globals=None, locals=None, eval_str=False):
    """The Signature of a callable: a Python function, a bound method, a
    class (its __init__ or __new__), or an object with __call__."""
    return _signature_of(obj, follow_wrapped, Signature)
