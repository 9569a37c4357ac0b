"""Container datatypes (hotloop's own implementation of CPython 3.11's
collections): namedtuple, Counter, OrderedDict and ChainMap are written
here in Python; deque and defaultdict come from the native module
_collections."""

__all__ = ['ChainMap', 'Counter', 'OrderedDict', 'UserDict', 'UserList',
           'UserString', 'defaultdict', 'deque', 'namedtuple']

import sys as _sys
from keyword import iskeyword as _iskeyword
from _hotloop import hide_frame as _hide_frame, caller_module as _caller_module, c_type as _c_type

try:
    from _collections import deque
except ImportError:
    pass
try:
    from _collections import defaultdict
except ImportError:
    pass


# namedtuple

class _tuplegetter:
    # Read-only access to one field of a named tuple. (No docstring: the
    # class's __doc__ would conflict with its __doc__ slot, as in CPython.)

    __slots__ = ('_index', '__doc__')

    def __init__(self, index, doc):
        self._index = index
        self.__doc__ = doc

    @_hide_frame
    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        return instance[self._index]

    @_hide_frame
    def __set__(self, instance, value):
        raise AttributeError("can't set attribute")

    @_hide_frame
    def __delete__(self, instance):
        raise AttributeError("can't delete attribute")


def _quoted_list(names):
    # 'a'; 'a' and 'b'; 'a', 'b', and 'c' (CPython's argument errors).
    quoted = [repr(n) for n in names]
    if len(quoted) == 1:
        return quoted[0]
    if len(quoted) == 2:
        return quoted[0] + ' and ' + quoted[1]
    return ', '.join(quoted[:-1]) + ', and ' + quoted[-1]


def namedtuple(typename, field_names, *, rename=False, defaults=None, module=None):
    """Returns a new subclass of tuple with named fields."""
    if isinstance(field_names, str):
        field_names = field_names.replace(',', ' ').split()
    field_names = list(map(str, field_names))
    typename = str(typename)
    if rename:
        seen = set()
        for index, name in enumerate(field_names):
            if (not name.isidentifier() or _iskeyword(name)
                    or name.startswith('_') or name in seen):
                field_names[index] = f'_{index}'
            seen.add(name)
    for name in [typename] + field_names:
        if type(name) is not str:
            raise TypeError('Type names and field names must be strings')
        if not name.isidentifier():
            raise ValueError('Type names and field names must be valid '
                             f'identifiers: {name!r}')
        if _iskeyword(name):
            raise ValueError('Type names and field names cannot be a '
                             f'keyword: {name!r}')
    seen = set()
    for name in field_names:
        if name.startswith('_') and not rename:
            raise ValueError('Field names cannot start with an underscore: '
                             f'{name!r}')
        if name in seen:
            raise ValueError(f'Encountered duplicate field name: {name!r}')
        seen.add(name)

    field_defaults = {}
    if defaults is not None:
        defaults = tuple(defaults)
        if len(defaults) > len(field_names):
            raise TypeError('Got more default values than field names')
        for name, value in zip(field_names[len(field_names) - len(defaults):], defaults):
            field_defaults[name] = value

    fields = tuple(field_names)
    nfields = len(fields)
    nrequired = nfields - len(field_defaults)
    params = ('_cls',) + fields
    tuple_new = tuple.__new__
    qualname_new = typename + '.__new__'

    @_hide_frame
    def __new__(*args, **kwargs):
        # Binds arguments as the signature __new__(_cls, <fields>) would,
        # with the same errors.
        npos = len(args)
        for k in kwargs:
            if k not in params:
                raise TypeError(f'{qualname_new}() got an unexpected keyword argument {k!r}')
            if params.index(k) < npos:
                raise TypeError(f'{qualname_new}() got multiple values for argument {k!r}')
        if npos > nfields + 1:
            given = npos
            if nrequired == nfields:
                n = nfields + 1
                takes = f'{n} positional argument' + ('' if n == 1 else 's')
            else:
                takes = f'from {nrequired + 1} to {nfields + 1} positional arguments'
            was = 'was' if given == 1 else 'were'
            raise TypeError(f'{qualname_new}() takes {takes} but {given} {was} given')
        if npos == 0 and '_cls' not in kwargs:
            raise TypeError(f"{qualname_new}() missing 1 required positional argument: '_cls'")
        if npos == 0:
            cls = kwargs.pop('_cls')
            values = []
        else:
            cls = args[0]
            values = list(args[1:])
        missing = []
        for name in fields[len(values):]:
            if name in kwargs:
                values.append(kwargs[name])
            elif name in field_defaults:
                values.append(field_defaults[name])
            else:
                missing.append(name)
        if missing:
            n = len(missing)
            s = '' if n == 1 else 's'
            raise TypeError(f'{qualname_new}() missing {n} required positional argument{s}: '
                            + _quoted_list(missing))
        return tuple_new(cls, values)

    __new__.__name__ = '__new__'
    __new__.__qualname__ = qualname_new
    __new__.__doc__ = f'Create new instance of {typename}({", ".join(fields)})'

    def _make(cls, iterable):
        result = tuple_new(cls, iterable)
        if len(result) != nfields:
            raise TypeError(f'Expected {nfields} arguments, got {len(result)}')
        return result

    def _replace(self, /, **kwds):
        result = self._make([kwds.pop(name, value) for name, value in zip(fields, self)])
        if kwds:
            raise ValueError(f'Got unexpected field names: {list(kwds)!r}')
        return result

    def __repr__(self):
        return self.__class__.__name__ + '(' + ', '.join(
            [f'{name}={value!r}' for name, value in zip(fields, self)]) + ')'

    def _asdict(self):
        return dict(zip(self._fields, self))

    def __getnewargs__(self):
        return tuple(self)

    if module is None:
        module = _caller_module(1)

    class _NamedTuple(tuple):
        __slots__ = ()
        __module__ = module
        __qualname__ = typename

    cls = _NamedTuple
    cls.__name__ = typename
    cls.__doc__ = f'{typename}({", ".join(fields)})'
    cls.__new__ = __new__
    cls._fields = fields
    cls._field_defaults = field_defaults
    cls._make = classmethod(_make)
    cls._replace = _replace
    cls.__repr__ = __repr__
    cls._asdict = _asdict
    cls.__getnewargs__ = __getnewargs__
    cls.__match_args__ = fields
    for index, name in enumerate(fields):
        setattr(cls, name, _tuplegetter(index, f'Alias for field number {index}'))
    if defaults is not None:
        __new__.__defaults__ = tuple(field_defaults.values())
    for func in (_make, _replace, __repr__, _asdict, __getnewargs__):
        func.__qualname__ = f'{typename}.{func.__name__}'
    return cls


# Counter

class Counter(dict):
    """Dict subclass for counting hashable items."""

    def __init__(self, iterable=None, /, **kwds):
        super().__init__()
        self.update(iterable, **kwds)

    def __missing__(self, key):
        return 0

    def total(self):
        return sum(self.values())

    def most_common(self, n=None):
        items = sorted(self.items(), key=_count_of, reverse=True)
        if n is None or n == 1:
            return items[:1] if n == 1 else items
        # the comparisons and conversions heapq.nlargest makes, for its errors
        if n >= len(items):
            return items[:n]
        range(0, -n, -1)
        return items[:max(n, 0)]

    def elements(self):
        for elem, count in self.items():
            for _ in range(count):
                yield elem

    @classmethod
    def fromkeys(cls, iterable, v=None):
        raise NotImplementedError(
            'Counter.fromkeys() is undefined.  Use Counter(iterable) instead.')

    def update(self, iterable=None, /, **kwds):
        if iterable is not None:
            if _is_mapping(iterable):
                if self:
                    self_get = self.get
                    for elem, count in iterable.items():
                        self[elem] = count + self_get(elem, 0)
                else:
                    dict.update(self, iterable)
            else:
                self_get = self.get
                for elem in iterable:
                    self[elem] = self_get(elem, 0) + 1
        if kwds:
            self.update(kwds)

    def subtract(self, iterable=None, /, **kwds):
        if iterable is not None:
            self_get = self.get
            if _is_mapping(iterable):
                for elem, count in iterable.items():
                    self[elem] = self_get(elem, 0) - count
            else:
                for elem in iterable:
                    self[elem] = self_get(elem, 0) - 1
        if kwds:
            self.subtract(kwds)

    def copy(self):
        return self.__class__(self)

    def __reduce__(self):
        return self.__class__, (dict(self),)

    def __delitem__(self, elem):
        if elem in self:
            dict.pop(self, elem)

    def __repr__(self):
        if not self:
            return f'{self.__class__.__name__}()'
        try:
            d = dict(self.most_common())
        except TypeError:
            d = dict(self)
        return f'{self.__class__.__name__}({d!r})'

    def __eq__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return all(self[e] == other[e] for c in (self, other) for e in c)

    def __ne__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return not self == other

    def __le__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return all(self[e] <= other[e] for c in (self, other) for e in c)

    def __lt__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self <= other and self != other

    def __ge__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return all(self[e] >= other[e] for c in (self, other) for e in c)

    def __gt__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self >= other and self != other

    def __add__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            newcount = count + other[elem]
            if newcount > 0:
                result[elem] = newcount
        for elem, count in other.items():
            if elem not in self and count > 0:
                result[elem] = count
        return result

    def __sub__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            newcount = count - other[elem]
            if newcount > 0:
                result[elem] = newcount
        for elem, count in other.items():
            if elem not in self and count < 0:
                result[elem] = 0 - count
        return result

    def __or__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            other_count = other[elem]
            newcount = other_count if count < other_count else count
            if newcount > 0:
                result[elem] = newcount
        for elem, count in other.items():
            if elem not in self and count > 0:
                result[elem] = count
        return result

    def __and__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            other_count = other[elem]
            newcount = count if count < other_count else other_count
            if newcount > 0:
                result[elem] = newcount
        return result

    def __pos__(self):
        result = Counter()
        for elem, count in self.items():
            if count > 0:
                result[elem] = count
        return result

    def __neg__(self):
        result = Counter()
        for elem, count in self.items():
            if count < 0:
                result[elem] = 0 - count
        return result

    def _keep_positive(self):
        for elem in [elem for elem, count in self.items() if not count > 0]:
            del self[elem]
        return self

    def __iadd__(self, other):
        for elem, count in other.items():
            self[elem] += count
        return self._keep_positive()

    def __isub__(self, other):
        for elem, count in other.items():
            self[elem] -= count
        return self._keep_positive()

    def __ior__(self, other):
        for elem, other_count in other.items():
            count = self[elem]
            if other_count > count:
                self[elem] = other_count
        return self._keep_positive()

    def __iand__(self, other):
        for elem, count in self.items():
            other_count = other[elem]
            if other_count < count:
                self[elem] = other_count
        return self._keep_positive()


def _count_of(item):
    return item[1]


def _is_mapping(obj):
    return isinstance(obj, (dict, ChainMap)) or (
        hasattr(type(obj), 'keys') and hasattr(type(obj), 'items')
        and hasattr(type(obj), '__getitem__'))


# OrderedDict

class _OrderedView:
    __slots__ = ('_od',)
    _name = ''

    def __init__(self, od):
        self._od = od

    def __len__(self):
        return len(self._od)

    def __repr__(self):
        return f'{self._name}({list(self)!r})'

    def __reversed__(self):
        return iter(list(self)[::-1])


class _OrderedKeys(_OrderedView):
    __slots__ = ()
    _name = 'odict_keys'

    def __iter__(self):
        return iter(dict.keys(self._od))

    def __contains__(self, key):
        return key in self._od

    def __eq__(self, other):
        return set(self) == set(other)


class _OrderedValues(_OrderedView):
    __slots__ = ()
    _name = 'odict_values'

    def __iter__(self):
        return iter(dict.values(self._od))


class _OrderedItems(_OrderedView):
    __slots__ = ()
    _name = 'odict_items'

    def __iter__(self):
        return iter(dict.items(self._od))

    def __contains__(self, item):
        key, value = item
        return key in self._od and self._od[key] == value


@_c_type
class OrderedDict(dict):
    """Dictionary that remembers insertion order, with order-sensitive
    equality and the move_to_end/popitem(last=) operations."""

    def move_to_end(self, key, last=True):
        value = dict.pop(self, key)
        if last:
            self[key] = value
            return
        rest = list(dict.items(self))
        dict.clear(self)
        self[key] = value
        for k, v in rest:
            self[k] = v

    def popitem(self, last=True):
        if not self:
            raise KeyError('dictionary is empty')
        if last:
            return dict.popitem(self)
        key = next(iter(dict.keys(self)))
        return key, dict.pop(self, key)

    def keys(self):
        return _OrderedKeys(self)

    def values(self):
        return _OrderedValues(self)

    def items(self):
        return _OrderedItems(self)

    def __reversed__(self):
        return iter(list(dict.keys(self))[::-1])

    def copy(self):
        return self.__class__(self)

    @classmethod
    def fromkeys(cls, iterable, value=None):
        self = cls()
        for key in iterable:
            self[key] = value
        return self

    def __repr__(self):
        if not self:
            return f'{self.__class__.__name__}()'
        return f'{self.__class__.__name__}({list(dict.items(self))!r})'

    def __eq__(self, other):
        if isinstance(other, OrderedDict):
            return dict.__eq__(self, other) and list(dict.keys(self)) == list(dict.keys(other))
        return dict.__eq__(self, other)

    def __ne__(self, other):
        result = self.__eq__(other)
        if result is NotImplemented:
            return result
        return not result

    __hash__ = None

    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = self.__class__(self)
        new.update(other)
        return new

    def __ror__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = self.__class__(other)
        new.update(self)
        return new

    def __ior__(self, other):
        self.update(other)
        return self


# ChainMap

class _ChainView:
    __slots__ = ('_mapping',)
    _name = ''

    def __init__(self, mapping):
        self._mapping = mapping

    def __len__(self):
        return len(self._mapping)

    def __repr__(self):
        return f'{self._name}({self._mapping!r})'


class _ChainKeys(_ChainView):
    __slots__ = ()
    _name = 'KeysView'

    def __iter__(self):
        return iter(self._mapping)

    def __contains__(self, key):
        return key in self._mapping


class _ChainValues(_ChainView):
    __slots__ = ()
    _name = 'ValuesView'

    def __iter__(self):
        for key in self._mapping:
            yield self._mapping[key]


class _ChainItems(_ChainView):
    __slots__ = ()
    _name = 'ItemsView'

    def __iter__(self):
        for key in self._mapping:
            yield (key, self._mapping[key])


class ChainMap:
    """Groups several mappings into a single view; lookups search them
    in order, writes go to the first."""

    def __init__(self, *maps):
        self.maps = list(maps) or [{}]

    def __missing__(self, key):
        raise KeyError(key)

    def __getitem__(self, key):
        for mapping in self.maps:
            try:
                return mapping[key]
            except KeyError:
                pass
        return self.__missing__(key)

    def get(self, key, default=None):
        return self[key] if key in self else default

    def __len__(self):
        return len(set().union(*self.maps))

    def __iter__(self):
        d = {}
        for mapping in reversed(self.maps):
            for key in mapping:
                d[key] = None
        return iter(d)

    def __contains__(self, key):
        return any(key in m for m in self.maps)

    def __bool__(self):
        return any(self.maps)

    def __repr__(self):
        return f'{self.__class__.__name__}({", ".join(map(repr, self.maps))})'

    def __eq__(self, other):
        if not isinstance(other, (dict, ChainMap)):
            return NotImplemented
        return dict(self.items()) == dict(other.items())

    __hash__ = None

    @classmethod
    def fromkeys(cls, iterable, *args):
        return cls(dict.fromkeys(iterable, *args))

    def copy(self):
        return self.__class__(self.maps[0].copy(), *self.maps[1:])

    __copy__ = copy

    def new_child(self, m=None, **kwargs):
        if m is None:
            m = kwargs
        elif kwargs:
            m.update(kwargs)
        return self.__class__(m, *self.maps)

    @property
    def parents(self):
        return self.__class__(*self.maps[1:])

    def __setitem__(self, key, value):
        self.maps[0][key] = value

    def __delitem__(self, key):
        try:
            del self.maps[0][key]
        except KeyError:
            raise KeyError(f'Key not found in the first mapping: {key!r}')

    def popitem(self):
        try:
            return self.maps[0].popitem()
        except KeyError:
            raise KeyError('No keys found in the first mapping.')

    def pop(self, key, *args):
        try:
            return self.maps[0].pop(key, *args)
        except KeyError:
            raise KeyError(f'Key not found in the first mapping: {key!r}')

    def clear(self):
        self.maps[0].clear()

    def keys(self):
        return _ChainKeys(self)

    def values(self):
        return _ChainValues(self)

    def items(self):
        return _ChainItems(self)

    def setdefault(self, key, default=None):
        if key not in self:
            self[key] = default
        return self[key]

    def update(self, other=(), /, **kwds):
        self.maps[0].update(other, **kwds)

    def __ior__(self, other):
        self.maps[0].update(other)
        return self

    def __or__(self, other):
        if not isinstance(other, (dict, ChainMap)):
            return NotImplemented
        m = self.copy()
        m.maps[0].update(other)
        return m


from collections._user import UserDict, UserList, UserString  # noqa: E402
