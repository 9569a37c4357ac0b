"""Type hints at run time (hotloop's own implementation of the part of
CPython 3.11's typing module that annotated programs use): the special
forms and generic aliases with CPython's reprs, TypeVar, Generic,
Protocol, NamedTuple, TypedDict, NewType, cast, overload and
get_type_hints. No static checking is done, as in CPython.
"""

import collections.abc as _abc
import collections as _collections

__all__ = ['Any', 'Callable', 'ClassVar', 'Final', 'Generic', 'Literal',
           'Optional', 'Protocol', 'Tuple', 'Type', 'TypeVar', 'Union',
           'AbstractSet', 'ByteString', 'Container', 'Hashable', 'ItemsView',
           'Iterable', 'Iterator', 'KeysView', 'Mapping', 'MappingView',
           'MutableMapping', 'MutableSequence', 'MutableSet', 'Sequence',
           'Sized', 'ValuesView', 'Awaitable', 'AsyncIterator',
           'AsyncIterable', 'Coroutine', 'Collection', 'AsyncGenerator',
           'Reversible', 'Counter', 'Deque', 'Dict', 'DefaultDict', 'List',
           'OrderedDict', 'Set', 'FrozenSet', 'NamedTuple', 'TypedDict',
           'Generator', 'AnyStr', 'cast', 'final', 'get_args', 'get_origin',
           'get_type_hints', 'NewType', 'no_type_check', 'overload',
           'runtime_checkable', 'Text', 'TYPE_CHECKING', 'NoReturn', 'Never',
           'Self', 'LiteralString', 'TypeAlias', 'Annotated', 'ChainMap',
           'SupportsInt', 'SupportsFloat', 'SupportsIndex', 'SupportsAbs',
           'ParamSpec', 'Concatenate', 'TypeGuard', 'Required', 'NotRequired',
           'assert_never', 'reveal_type', 'IO', 'TextIO', 'BinaryIO']

TYPE_CHECKING = False


def _type_repr(obj):
    if isinstance(obj, type) and not isinstance(obj, _GenericAliasBase):
        if obj.__module__ == 'builtins':
            return obj.__qualname__
        return '%s.%s' % (obj.__module__, obj.__qualname__)
    if obj is ...:
        return '...'
    if type(obj).__name__ == 'function':
        return obj.__name__
    if obj is None:
        return 'None'
    return repr(obj)


def _type_check(arg, msg):
    if arg is None:
        return type(None)
    if isinstance(arg, str):
        return ForwardRef(arg)
    return arg


class ForwardRef:
    """A type written as a string, kept unevaluated."""

    def __init__(self, arg):
        self.__forward_arg__ = arg

    def __repr__(self):
        return 'ForwardRef(%r)' % (self.__forward_arg__,)

    def __eq__(self, other):
        return isinstance(other, ForwardRef) and self.__forward_arg__ == other.__forward_arg__

    def __hash__(self):
        return hash(self.__forward_arg__)


class _Final:
    __slots__ = ()


class _GenericAliasBase:
    pass


class _SpecialForm(_Final):
    """Any, ClassVar, Union, Optional, Literal ...: named forms whose
    subscription builds an alias."""

    def __init__(self, name, getitem=None, doc=''):
        self._name = name
        self._getitem = getitem
        self.__doc__ = doc

    def __repr__(self):
        return 'typing.' + self._name

    def __reduce__(self):
        return self._name

    def __call__(self, *args, **kwds):
        raise TypeError('Cannot instantiate %r' % (self,))

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __instancecheck__(self, obj):
        raise TypeError('%s cannot be used with isinstance()' % (self,))

    def __subclasscheck__(self, cls):
        raise TypeError('%s cannot be used with issubclass()' % (self,))

    def __getitem__(self, parameters):
        if self._getitem is None:
            raise TypeError('%s is not subscriptable' % (self,))
        return self._getitem(self, parameters)

    def __eq__(self, other):
        return self is other

    def __hash__(self):
        return hash(self._name)


class _AnyMeta(type):
    def __instancecheck__(self, obj):
        if self is Any:
            raise TypeError('typing.Any cannot be used with isinstance()')
        return super().__instancecheck__(obj)

    def __repr__(self):
        if self is Any:
            return 'typing.Any'
        return super().__repr__()


class Any(metaclass=_AnyMeta):
    """Any type: compatible with every type."""

    def __new__(cls, *args, **kwargs):
        if cls is Any:
            raise TypeError('Any cannot be instantiated')
        return super().__new__(cls)


def _form(name):
    return _SpecialForm(name)


NoReturn = _form('NoReturn')
Never = _form('Never')
Self = _form('Self')
LiteralString = _form('LiteralString')
TypeAlias = _form('TypeAlias')


class _UnionGenericAlias(_GenericAliasBase):
    def __init__(self, args):
        self.__origin__ = Union
        self.__args__ = args
        self.__parameters__ = tuple(a for a in args if isinstance(a, TypeVar))

    def __repr__(self):
        args = self.__args__
        if len(args) == 2 and type(None) in args:
            other = args[0] if args[1] is type(None) else args[1]
            return 'typing.Optional[%s]' % _type_repr(other)
        return 'typing.Union[%s]' % ', '.join(_type_repr(a) for a in args)

    def __eq__(self, other):
        if not isinstance(other, _UnionGenericAlias):
            return NotImplemented
        return set(self.__args__) == set(other.__args__)

    def __hash__(self):
        return hash(frozenset(self.__args__))

    def __instancecheck__(self, obj):
        return isinstance(obj, tuple(a for a in self.__args__ if isinstance(a, type)))

    def __subclasscheck__(self, cls):
        return any(issubclass(cls, a) for a in self.__args__ if isinstance(a, type))

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __call__(self, *args, **kwargs):
        raise TypeError('Cannot instantiate %r' % (self,))


def _union_getitem(self, parameters):
    if parameters == ():
        raise TypeError('Cannot take a Union of no types.')
    if not isinstance(parameters, tuple):
        parameters = (parameters,)
    flat = []
    for p in parameters:
        p = _type_check(p, '')
        if isinstance(p, _UnionGenericAlias):
            flat.extend(p.__args__)
        elif type(p).__name__ == 'UnionType':
            flat.extend(p.__args__)
        else:
            flat.append(p)
    args = []
    for p in flat:
        if p not in args:
            args.append(p)
    if len(args) == 1:
        return args[0]
    return _UnionGenericAlias(tuple(args))


def _optional_getitem(self, parameters):
    arg = _type_check(parameters, 'Optional[t] requires a single type.')
    return Union[arg, type(None)]


Union = _SpecialForm('Union', _union_getitem)
Optional = _SpecialForm('Optional', _optional_getitem)


class _GenericAlias(_GenericAliasBase):
    """X[args] for a special form, a typing alias or a Generic class."""

    def __init__(self, origin, args, name=None, form=None):
        self.__origin__ = origin
        if not isinstance(args, tuple):
            args = (args,)
        self.__args__ = args
        self._name = name
        self._form = form
        params = []
        for a in args:
            if isinstance(a, TypeVar) and a not in params:
                params.append(a)
            for p in getattr(a, '__parameters__', ()):
                if isinstance(p, TypeVar) and p not in params:
                    params.append(p)
        self.__parameters__ = tuple(params)

    def _args_repr(self):
        return ', '.join(_type_repr(a) if not isinstance(a, list)
                         else '[%s]' % ', '.join(_type_repr(x) for x in a)
                         for a in self.__args__)

    def __repr__(self):
        if self._form is not None:
            name = repr(self._form)
        elif self._name:
            name = 'typing.' + self._name
        else:
            name = _type_repr(self.__origin__)
        if self._form is Literal:
            return '%s[%s]' % (name, ', '.join(repr(a) for a in self.__args__))
        if self._name == 'Tuple' and self.__args__ == ():
            return 'typing.Tuple[()]'
        return '%s[%s]' % (name, self._args_repr())

    def __eq__(self, other):
        if not isinstance(other, _GenericAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__args__ == other.__args__

    def __hash__(self):
        return hash((self.__origin__, self.__args__))

    def __call__(self, *args, **kwargs):
        if self._form is not None or self._name is not None and not isinstance(self.__origin__, type):
            raise TypeError('Cannot instantiate %r' % (self,))
        if self._name is not None:
            raise TypeError('Type %s cannot be instantiated; use %s() instead'
                            % (self._name, self.__origin__.__name__))
        result = self.__origin__(*args, **kwargs)
        try:
            result.__orig_class__ = self
        except Exception:
            pass
        return result

    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        subst = dict(zip(self.__parameters__, params))
        if len(params) != len(self.__parameters__):
            raise TypeError('Too %s arguments for %s; actual %d, expected %d' % (
                'many' if len(params) > len(self.__parameters__) else 'few',
                self, len(params), len(self.__parameters__)))
        new_args = tuple(subst.get(a, a) if isinstance(a, TypeVar) else
                         (a[tuple(subst[p] for p in a.__parameters__)]
                          if getattr(a, '__parameters__', ()) else a)
                         for a in self.__args__)
        return _GenericAlias(self.__origin__, new_args, self._name, self._form)

    def __instancecheck__(self, obj):
        raise TypeError('Subscripted generics cannot be used with class and instance checks')

    def __subclasscheck__(self, cls):
        raise TypeError('Subscripted generics cannot be used with class and instance checks')

    def __mro_entries__(self, bases):
        return (self.__origin__,)

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __getattr__(self, attr):
        if attr.startswith('__') and attr.endswith('__'):
            raise AttributeError(attr)
        return getattr(self.__origin__, attr)


def _single_getitem(self, parameters):
    item = _type_check(parameters, '%s accepts only single type.' % self._name)
    return _GenericAlias(self, (item,), form=self)


def _literal_getitem(self, parameters):
    if not isinstance(parameters, tuple):
        parameters = (parameters,)
    return _GenericAlias(self, parameters, form=self)


def _annotated_getitem(self, params):
    if not isinstance(params, tuple) or len(params) < 2:
        raise TypeError('Annotated[...] should be used with at least two arguments '
                        '(a type and an annotation).')
    return _AnnotatedAlias(params[0], params[1:])


class _AnnotatedAlias(_GenericAlias):
    def __init__(self, origin, metadata):
        super().__init__(origin, (origin,))
        self.__metadata__ = metadata

    def __repr__(self):
        return 'typing.Annotated[%s, %s]' % (_type_repr(self.__origin__),
                                             ', '.join(repr(m) for m in self.__metadata__))

    def __call__(self, *args, **kwargs):
        return self.__origin__(*args, **kwargs)


ClassVar = _SpecialForm('ClassVar', _single_getitem)
Final = _SpecialForm('Final', _single_getitem)
TypeGuard = _SpecialForm('TypeGuard', _single_getitem)
Required = _SpecialForm('Required', _single_getitem)
NotRequired = _SpecialForm('NotRequired', _single_getitem)
Literal = _SpecialForm('Literal', _literal_getitem)
Annotated = _SpecialForm('Annotated', _annotated_getitem)
Concatenate = _SpecialForm('Concatenate', _literal_getitem)


class _SpecialGenericAlias(_GenericAliasBase):
    """List, Dict, Callable ...: the typing names of the builtin and
    collections.abc classes, subscriptable with nparams arguments."""

    def __init__(self, origin, nparams, name):
        self.__origin__ = origin
        self._nparams = nparams
        self._name = name

    def __repr__(self):
        return 'typing.' + self._name

    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        if self._name == 'Callable':
            if len(params) != 2:
                raise TypeError('Callable must be used as Callable[[arg, ...], result].')
            args, result = params
            if args is ...:
                return _GenericAlias(self.__origin__, (..., result), self._name)
            if not isinstance(args, (list, tuple)):
                raise TypeError('Callable[args, result]: args must be a list. Got %s' % _type_repr(args))
            args = tuple(_type_check(a, '') for a in args)
            return _CallableAlias(self.__origin__, args + (_type_check(result, ''),), self._name)
        if self._name == 'Tuple':
            return _GenericAlias(self.__origin__, tuple(_type_check(p, '') for p in params), self._name)
        if self._nparams >= 0 and len(params) != self._nparams:
            raise TypeError('Too %s arguments for %s; actual %d, expected %d' % (
                'many' if len(params) > self._nparams else 'few', self,
                len(params), self._nparams))
        return _GenericAlias(self.__origin__, tuple(_type_check(p, '') for p in params), self._name)

    def __call__(self, *args, **kwargs):
        raise TypeError('Type %s cannot be instantiated; use %s() instead'
                        % (self._name, self.__origin__.__name__))

    def __instancecheck__(self, obj):
        return isinstance(obj, self.__origin__)

    def __subclasscheck__(self, cls):
        if isinstance(cls, _SpecialGenericAlias):
            return issubclass(cls.__origin__, self.__origin__)
        return issubclass(cls, self.__origin__)

    def __mro_entries__(self, bases):
        return (self.__origin__,)

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __eq__(self, other):
        if isinstance(other, _SpecialGenericAlias):
            return self.__origin__ is other.__origin__
        return NotImplemented

    def __hash__(self):
        return hash(self.__origin__)


class _CallableAlias(_GenericAlias):
    def __repr__(self):
        args = self.__args__
        if len(args) == 2 and args[0] is ...:
            return 'typing.Callable[..., %s]' % _type_repr(args[1])
        return 'typing.Callable[[%s], %s]' % (', '.join(_type_repr(a) for a in args[:-1]),
                                             _type_repr(args[-1]))


Hashable = _SpecialGenericAlias(_abc.Hashable, 0, 'Hashable')
Awaitable = _SpecialGenericAlias(_abc.Awaitable, 1, 'Awaitable')
Coroutine = _SpecialGenericAlias(_abc.Coroutine, 3, 'Coroutine')
AsyncIterable = _SpecialGenericAlias(_abc.AsyncIterable, 1, 'AsyncIterable')
AsyncIterator = _SpecialGenericAlias(_abc.AsyncIterator, 1, 'AsyncIterator')
Iterable = _SpecialGenericAlias(_abc.Iterable, 1, 'Iterable')
Iterator = _SpecialGenericAlias(_abc.Iterator, 1, 'Iterator')
Reversible = _SpecialGenericAlias(_abc.Reversible, 1, 'Reversible')
Sized = _SpecialGenericAlias(_abc.Sized, 0, 'Sized')
Container = _SpecialGenericAlias(_abc.Container, 1, 'Container')
Collection = _SpecialGenericAlias(_abc.Collection, 1, 'Collection')
Callable = _SpecialGenericAlias(_abc.Callable, 2, 'Callable')
AbstractSet = _SpecialGenericAlias(_abc.Set, 1, 'AbstractSet')
MutableSet = _SpecialGenericAlias(_abc.MutableSet, 1, 'MutableSet')
Mapping = _SpecialGenericAlias(_abc.Mapping, 2, 'Mapping')
MutableMapping = _SpecialGenericAlias(_abc.MutableMapping, 2, 'MutableMapping')
Sequence = _SpecialGenericAlias(_abc.Sequence, 1, 'Sequence')
MutableSequence = _SpecialGenericAlias(_abc.MutableSequence, 1, 'MutableSequence')
ByteString = _SpecialGenericAlias(_abc.ByteString, 0, 'ByteString')
Tuple = _SpecialGenericAlias(tuple, -1, 'Tuple')
List = _SpecialGenericAlias(list, 1, 'List')
Deque = _SpecialGenericAlias(_collections.deque, 1, 'Deque')
Set = _SpecialGenericAlias(set, 1, 'Set')
FrozenSet = _SpecialGenericAlias(frozenset, 1, 'FrozenSet')
MappingView = _SpecialGenericAlias(_abc.MappingView, 1, 'MappingView')
KeysView = _SpecialGenericAlias(_abc.KeysView, 1, 'KeysView')
ItemsView = _SpecialGenericAlias(_abc.ItemsView, 2, 'ItemsView')
ValuesView = _SpecialGenericAlias(_abc.ValuesView, 1, 'ValuesView')
Dict = _SpecialGenericAlias(dict, 2, 'Dict')
DefaultDict = _SpecialGenericAlias(_collections.defaultdict, 2, 'DefaultDict')
OrderedDict = _SpecialGenericAlias(_collections.OrderedDict, 2, 'OrderedDict')
Counter = _SpecialGenericAlias(_collections.Counter, 1, 'Counter')
ChainMap = _SpecialGenericAlias(getattr(_collections, 'ChainMap', dict), 2, 'ChainMap')
Generator = _SpecialGenericAlias(_abc.Generator, 3, 'Generator')
AsyncGenerator = _SpecialGenericAlias(_abc.AsyncGenerator, 2, 'AsyncGenerator')
Type = _SpecialGenericAlias(type, 1, 'Type')
Text = str


class TypeVar(_Final):
    """A type variable: T = TypeVar('T'), repr ~T (+T, -T for co- and
    contravariant ones)."""

    def __init__(self, name, *constraints, bound=None, covariant=False,
                 contravariant=False):
        if covariant and contravariant:
            raise ValueError('Bivariant types are not supported.')
        if len(constraints) == 1:
            raise TypeError('A single constraint is not allowed')
        self.__name__ = name
        self.__constraints__ = tuple(constraints)
        self.__bound__ = _type_check(bound, '') if bound is not None else None
        self.__covariant__ = bool(covariant)
        self.__contravariant__ = bool(contravariant)
        import _hotloop
        self.__module__ = _hotloop.caller_module(1)

    def __repr__(self):
        if self.__covariant__:
            prefix = '+'
        elif self.__contravariant__:
            prefix = '-'
        else:
            prefix = '~'
        return prefix + self.__name__

    def __or__(self, right):
        return Union[self, right]

    def __ror__(self, left):
        return Union[left, self]


class ParamSpec(TypeVar):
    def __init__(self, name, *, bound=None, covariant=False, contravariant=False):
        super().__init__(name, bound=bound, covariant=covariant, contravariant=contravariant)
        self.args = _form(name + '.args')
        self.kwargs = _form(name + '.kwargs')


AnyStr = TypeVar('AnyStr', bytes, str)
AnyStr.__module__ = 'typing'


class Generic:
    """Base class of generic classes: class Box(Generic[T]) makes Box[int]
    an alias whose instances are Boxes."""
    __slots__ = ()
    _is_protocol = False

    def __class_getitem__(cls, params):
        if not isinstance(params, tuple):
            params = (params,)
        if not params and cls is not Tuple:
            raise TypeError('Parameter list to %s[...] cannot be empty' % cls.__qualname__)
        params = tuple(_type_check(p, '') for p in params)
        if cls in (Generic, Protocol):
            for p in params:
                if not isinstance(p, TypeVar):
                    raise TypeError('Parameters to %s[...] must all be type variables or parameter specification variables.' % cls.__name__)
            if len(set(params)) != len(params):
                raise TypeError('Parameters to %s[...] must all be unique' % cls.__name__)
        else:
            n = len(getattr(cls, '__parameters__', ()))
            if len(params) != n:
                raise TypeError('Too %s arguments for %s; actual %d, expected %d' % (
                    'many' if len(params) > n else 'few', cls, len(params), n))
        return _GenericAlias(cls, params)

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        tvars = []
        for base in cls.__dict__.get('__orig_bases__', ()):
            for p in getattr(base, '__parameters__', ()):
                if p not in tvars:
                    tvars.append(p)
        cls.__parameters__ = tuple(tvars)


# class C(Generic[T]) is written with the alias as a base; hotloop has no
# __mro_entries__, so the alias's metaclass trick is done by Generic[T]
# returning the alias, and the VM resolving it: _GenericAlias bases are
# replaced here by a helper the class statement can use.
def _generic_alias_base(alias):
    return alias.__origin__


class _ProtocolMeta(type(Generic)):
    def __instancecheck__(cls, instance):
        if getattr(cls, '_is_protocol', False) and cls.__dict__.get('_is_runtime_protocol') is None \
                and cls is not Protocol:
            if cls.__dict__.get('_is_protocol'):
                raise TypeError('Instance and class checks can only be used with @runtime_checkable protocols')
        if cls.__dict__.get('_is_protocol') and cls.__dict__.get('_is_runtime_protocol'):
            for attr in _protocol_attrs(cls):
                if not hasattr(instance, attr):
                    return False
            return True
        return type.__instancecheck__(cls, instance)

    def __subclasscheck__(cls, other):
        if cls.__dict__.get('_is_protocol') and cls.__dict__.get('_is_runtime_protocol'):
            for attr in _protocol_attrs(cls):
                if not any(attr in b.__dict__ for b in other.__mro__):
                    return False
            return True
        return type.__subclasscheck__(cls, other)


def _protocol_attrs(cls):
    attrs = set()
    for base in cls.__mro__[:-1]:
        if base.__name__ in ('Protocol', 'Generic'):
            continue
        for attr in base.__dict__:
            if not attr.startswith('_abc_') and attr not in (
                    '__abstractmethods__', '__annotations__', '__weakref__',
                    '_is_protocol', '_is_runtime_protocol', '__dict__',
                    '__args__', '__slots__', '__next_in_mro__', '__parameters__',
                    '__origin__', '__orig_bases__', '__extra__', '__tree_hash__',
                    '__doc__', '__subclasshook__', '__init__', '__new__',
                    '__module__', '_MutableMapping__marker', '_gorg', '__qualname__',
                    '__firstlineno__', '__static_attributes__'):
                attrs.add(attr)
    return attrs


class Protocol(Generic, metaclass=_ProtocolMeta):
    """Base class of structural types (checked with isinstance only when
    decorated with @runtime_checkable)."""
    __slots__ = ()
    _is_protocol = True

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        if not cls.__dict__.get('_is_protocol', False):
            cls._is_protocol = any(b is Protocol for b in cls.__bases__)


def runtime_checkable(cls):
    """Let isinstance() check a Protocol class by its attributes."""
    if not issubclass(cls, Generic) or not cls._is_protocol:
        raise TypeError('@runtime_checkable can be only applied to protocol classes, got %r' % cls)
    cls._is_runtime_protocol = True
    return cls


class _NamedTupleMeta(type):
    def __new__(cls, typename, bases, ns):
        if ns.get('_root'):
            return super().__new__(cls, typename, bases, ns)
        types = ns.get('__annotations__', {})
        field_names = list(types)
        defaults = []
        for name in field_names:
            if name in ns:
                defaults.append(ns[name])
            elif defaults:
                raise TypeError("Non-default namedtuple field %s cannot follow default field%s %s"
                                % (name, 's' if len(defaults) > 1 else '',
                                   ', '.join(field_names[:len(defaults)])))
        nm_tpl = _collections.namedtuple(typename, field_names, defaults=defaults,
                                         module=ns.get('__module__', '__main__'))
        nm_tpl.__annotations__ = dict(types)
        for key in ns:
            if key in ('_make', '_asdict', '_replace', '_fields', '_field_defaults',
                       '__new__', '__init__', '__slots__', '__getnewargs__', '__annotations__'):
                if key in ('__new__', '__init__', '_make', '_fields', '_asdict', '_replace'):
                    if key in ('_make', '_fields', '_asdict', '_replace', '__new__', '__init__') and \
                            key not in ('__annotations__',) and key in ns and key not in ('__module__',):
                        if key in ('__new__', '__init__'):
                            raise AttributeError('Cannot overwrite NamedTuple attribute ' + key)
                        raise AttributeError('Cannot overwrite NamedTuple attribute ' + key)
                continue
            if key in ('__module__', '__qualname__', '__doc__') or key in field_names:
                if key == '__doc__' and ns[key]:
                    nm_tpl.__doc__ = ns[key]
                continue
            setattr(nm_tpl, key, ns[key])
        return nm_tpl

    def __call__(cls, typename=None, fields=None, /, **kwargs):
        if cls is not NamedTuple:
            return super().__call__(typename, fields, **kwargs)
        if fields is None:
            fields = kwargs.items()
        fields = list(fields)
        import _hotloop
        nm_tpl = _collections.namedtuple(typename, [n for n, t in fields],
                                         module=_hotloop.caller_module(1))
        nm_tpl.__annotations__ = dict(fields)
        return nm_tpl


class NamedTuple(metaclass=_NamedTupleMeta):
    """Typed namedtuple: class P(NamedTuple): x: int; y: int = 0."""
    _root = True


class _TypedDictMeta(type):
    def __new__(cls, name, bases, ns, total=True):
        if ns.get('_root'):
            return super().__new__(cls, name, bases, ns)
        annotations = {}
        required = set()
        optional = set()
        for base in bases:
            annotations.update(base.__dict__.get('__annotations__', {}))
            required.update(base.__dict__.get('__required_keys__', ()))
            optional.update(base.__dict__.get('__optional_keys__', ()))
        own = ns.get('__annotations__', {})
        annotations.update(own)
        for k, v in own.items():
            origin = getattr(v, '__origin__', None)
            if origin is Required:
                required.add(k)
            elif origin is NotRequired:
                optional.add(k)
            elif total:
                required.add(k)
            else:
                optional.add(k)
        body = {k: v for k, v in ns.items() if k != '__annotations__'}
        tp = super().__new__(cls, name, (dict,), body)
        tp.__annotations__ = annotations
        tp.__required_keys__ = frozenset(required)
        tp.__optional_keys__ = frozenset(optional)
        tp.__total__ = total
        return tp

    def __call__(cls, *args, **kwargs):
        if cls is TypedDict:
            name, fields = args[0], (args[1] if len(args) > 1 else kwargs)
            import _hotloop
            return _TypedDictMeta(name, (TypedDict,), {'__annotations__': dict(fields),
                                                       '__module__': _hotloop.caller_module(1)})
        return dict(*args, **kwargs)

    def __instancecheck__(cls, other):
        raise TypeError('TypedDict does not support instance and class checks')

    def __subclasscheck__(cls, other):
        raise TypeError('TypedDict does not support instance and class checks')


class TypedDict(metaclass=_TypedDictMeta):
    """A dict with a fixed set of typed keys (plain dicts at run time)."""
    _root = True


class NewType:
    """NewType('UserId', int): a callable returning its argument."""

    def __init__(self, name, tp):
        self.__qualname__ = name
        if '.' in name:
            name = name.rpartition('.')[-1]
        self.__name__ = name
        self.__supertype__ = tp
        import _hotloop
        self.__module__ = _hotloop.caller_module(1)

    def __repr__(self):
        return '%s.%s' % (self.__module__, self.__qualname__)

    def __call__(self, x):
        return x

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


def cast(typ, val):
    """Return val unchanged (tells a type checker its type)."""
    return val


def assert_never(arg, /):
    value = repr(arg)
    if len(value) > 100:
        value = value[:100] + '...'
    raise AssertionError('Expected code to be unreachable, but got: %s' % value)


def reveal_type(obj, /):
    import sys
    print('Runtime type is %r' % (type(obj).__name__,), file=sys.stderr)
    return obj


def _overload_dummy(*args, **kwds):
    raise NotImplementedError(
        'You should not call an overloaded function. '
        'A series of @overload-decorated functions '
        'outside a stub module should always be followed '
        'by an implementation that is not @overload-ed.')


def overload(func):
    """Mark a signature of an overloaded function (the last, undecorated
    definition is the implementation)."""
    return _overload_dummy


def final(f):
    try:
        f.__final__ = True
    except (AttributeError, TypeError):
        pass
    return f


def no_type_check(arg):
    return arg


def get_origin(tp):
    """The unsubscripted form of tp (list for List[int]), else None."""
    if isinstance(tp, _AnnotatedAlias):
        return Annotated
    if isinstance(tp, (_GenericAlias, _SpecialGenericAlias, _UnionGenericAlias)):
        return tp.__origin__
    if tp is Generic:
        return Generic
    origin = getattr(tp, '__origin__', None)
    if origin is not None and type(tp).__name__ in ('GenericAlias', 'UnionType'):
        return origin
    return None


def get_args(tp):
    """The arguments of a subscripted type (int, str for Dict[int, str])."""
    if isinstance(tp, _AnnotatedAlias):
        return (tp.__origin__,) + tp.__metadata__
    if isinstance(tp, _CallableAlias):
        args = tp.__args__
        return (list(args[:-1]), args[-1])
    if isinstance(tp, (_GenericAlias, _UnionGenericAlias)):
        return tp.__args__
    if type(tp).__name__ in ('GenericAlias', 'UnionType'):
        return tp.__args__
    return ()


def get_type_hints(obj, globalns=None, localns=None, include_extras=False):
    """The annotations of a class (with its bases), function or module,
    string annotations evaluated in the defining module's globals."""
    import sys
    hints = {}
    if isinstance(obj, type):
        for base in reversed(obj.__mro__):
            ann = base.__dict__.get('__annotations__', {})
            g = globalns
            if g is None:
                mod = sys.modules.get(base.__module__)
                g = getattr(mod, '__dict__', {})
            for name, value in ann.items():
                hints[name] = _eval_hint(value, g, localns)
        return hints
    ann = getattr(obj, '__annotations__', None)
    if ann is None:
        raise TypeError('%r is not a module, class, method, or function.' % (obj,))
    g = globalns
    if g is None:
        g = getattr(obj, '__globals__', None)
        if g is None:
            mod = sys.modules.get(getattr(obj, '__module__', None))
            g = getattr(mod, '__dict__', {})
    defaults = getattr(obj, '__defaults__', None)
    for name, value in ann.items():
        hints[name] = _eval_hint(value, g, localns)
    return hints


def _eval_hint(value, globalns, localns):
    if value is None:
        return type(None)
    if isinstance(value, str):
        try:
            return eval(value, globalns, localns)
        except NameError:
            raise
        except Exception:
            return ForwardRef(value)
    if isinstance(value, ForwardRef):
        return _eval_hint(value.__forward_arg__, globalns, localns)
    return value


class SupportsInt(Protocol):
    __slots__ = ()


class SupportsFloat(Protocol):
    __slots__ = ()


class SupportsIndex(Protocol):
    __slots__ = ()


class SupportsAbs(Protocol):
    __slots__ = ()


class IO(Generic):
    __slots__ = ()


class TextIO(IO):
    __slots__ = ()


class BinaryIO(IO):
    __slots__ = ()
