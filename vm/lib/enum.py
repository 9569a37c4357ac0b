"""Enumerations (hotloop's own implementation of CPython 3.11's enum
module): Enum, IntEnum, StrEnum, Flag, IntFlag, auto, unique and the
functional API, with CPython's reprs, str() and error messages.

Members are instances of their class made once, when the class is built by
EnumType.__new__, and stored as class attributes; EnumType.__call__ looks a
value up (or builds a class through the functional API). Flag values that
are not members are made on demand as pseudo-members and cached.
"""

__all__ = ['EnumType', 'EnumMeta', 'Enum', 'IntEnum', 'StrEnum', 'Flag',
           'IntFlag', 'ReprEnum', 'auto', 'unique', 'property', 'verify',
           'member', 'nonmember', 'FlagBoundary', 'STRICT', 'CONFORM',
           'EJECT', 'KEEP', 'global_enum', 'EnumCheck', 'UNIQUE',
           'CONTINUOUS', 'NAMED_FLAGS']

_builtin_property = property


class auto:
    """Stands for the next value of an enum member (_generate_next_value_)."""
    _counter = [0]

    def __init__(self, value=None):
        self.value = value
        auto._counter[0] += 1
        self._order = auto._counter[0]

    def __repr__(self):
        return "auto(%r)" % (self.value,)


class member:
    """Forces a value (e.g. a function) to become a member."""

    def __init__(self, value):
        self.value = value


class nonmember:
    """Keeps a value from becoming a member."""

    def __init__(self, value):
        self.value = value


property = _builtin_property


class FlagBoundary:
    STRICT = 'strict'
    CONFORM = 'conform'
    EJECT = 'eject'
    KEEP = 'keep'


STRICT, CONFORM, EJECT, KEEP = 'strict', 'conform', 'eject', 'keep'


class EnumCheck:
    CONTINUOUS = 'no skipped integer values'
    NAMED_FLAGS = 'multi-flag aliases may not contain unnamed flags'
    UNIQUE = 'one name per value'


CONTINUOUS, NAMED_FLAGS, UNIQUE = (EnumCheck.CONTINUOUS, EnumCheck.NAMED_FLAGS,
                                   EnumCheck.UNIQUE)


def _is_dunder(name):
    return (len(name) > 4 and name[:2] == name[-2:] == '__'
            and name[2] != '_' and name[-3] != '_')


def _is_sunder(name):
    return (len(name) > 2 and name[0] == name[-1] == '_'
            and name[1] != '_' and name[-2] != '_')


def _is_private(cls_name, name):
    pattern = '_%s__' % (cls_name.lstrip('_'),)
    return (len(name) > len(pattern) and name.startswith(pattern)
            and not name.endswith('_'))


def _is_descriptor(obj):
    return (hasattr(obj, '__get__') or hasattr(obj, '__set__')
            or hasattr(obj, '__delete__')
            or isinstance(obj, (_builtin_property, classmethod, staticmethod))
            or type(obj).__name__ in ('function', 'builtin_function_or_method'))


class _EnumDict(dict):
    """The class-body namespace of an enum: records member names in order
    and refuses to redefine them."""

    def __init__(self, cls_name):
        super().__init__()
        self._cls_name = cls_name
        self._member_names = []
        self._last_values = []
        self._generate_next_value = None
        self._auto_pending = []

    def __setitem__(self, key, value):
        if _is_private(self._cls_name, key):
            pass
        elif _is_sunder(key):
            if key == '_generate_next_value_':
                self._generate_next_value = value
                if isinstance(value, staticmethod):
                    self._generate_next_value = value.__func__
        elif _is_dunder(key):
            if key == '__order__':
                key = '_order_'
        elif key in self._member_names:
            raise TypeError('%r already defined as %r' % (key, self[key]))
        elif isinstance(value, nonmember):
            value = value.value
        elif not isinstance(value, member) and _is_descriptor(value):
            if key in self:
                pass
        else:
            if key in self:
                raise TypeError('%r already defined as %r' % (key, self[key]))
            if isinstance(value, member):
                value = value.value
            if isinstance(value, auto):
                if value.value is None:
                    gnv = self._generate_next_value or _generate_next_value_
                    value.value = gnv(key, 1, len(self._member_names),
                                      self._last_values[:])
                value = value.value
            elif isinstance(value, tuple) and any(isinstance(v, auto) for v in value):
                vals = []
                for v in value:
                    if isinstance(v, auto):
                        if v.value is None:
                            gnv = self._generate_next_value or _generate_next_value_
                            v.value = gnv(key, 1, len(self._member_names),
                                          self._last_values[:])
                        v = v.value
                    vals.append(v)
                value = tuple(vals)
            self._member_names.append(key)
            self._last_values.append(value)
        dict.__setitem__(self, key, value)


def _generate_next_value_(name, start, count, last_values):
    if not last_values:
        return start
    last = last_values[-1]
    try:
        return last + 1
    except TypeError:
        raise TypeError('unable to sort non-numeric values') from None


class _MembersProxy:
    """A read-only view of the name -> member mapping (CPython's
    mappingproxy)."""
    __slots__ = ('_d',)

    def __init__(self, d):
        self._d = d

    def __getitem__(self, key):
        return self._d[key]

    def __iter__(self):
        return iter(self._d)

    def __len__(self):
        return len(self._d)

    def __contains__(self, key):
        return key in self._d

    def keys(self):
        return self._d.keys()

    def values(self):
        return self._d.values()

    def items(self):
        return self._d.items()

    def get(self, key, default=None):
        return self._d.get(key, default)

    def __eq__(self, other):
        return self._d == other

    def __repr__(self):
        return 'mappingproxy(%r)' % (self._d,)


class EnumType(type):
    """Metaclass of Enum: builds the members of an enum class and answers
    iteration, lookup by value (call) and by name (subscription)."""

    @classmethod
    def __prepare__(metacls, cls, bases, **kwds):
        for base in bases:
            if isinstance(base, EnumType) and base._member_names_:
                raise TypeError('<enum %r> cannot extend %r' % (cls, base))
        ns = _EnumDict(cls)
        for base in bases:
            gnv = getattr(base, '_generate_next_value_', None)
            if gnv is not None:
                ns._generate_next_value = gnv
                break
        return ns

    def __new__(metacls, cls, bases, classdict, *, boundary=None, _simple=False, **kwds):
        member_names = list(getattr(classdict, '_member_names', ()))
        members = {name: classdict[name] for name in member_names}
        body = {k: v for k, v in classdict.items() if k not in members}
        member_type, first_enum = metacls._get_mixins_(cls, bases)
        body['_member_names_'] = []
        body['_member_map_'] = {}
        body['_value2member_map_'] = {}
        body['_unhashable_values_'] = []
        body['_member_type_'] = member_type
        custom_new = body.get('__new__')
        if isinstance(custom_new, staticmethod):
            custom_new = custom_new.__func__
        if Enum is not None:
            # members are made with the class's own __new__ (kept as
            # _new_member_) or the data type's; calling the class looks a
            # value up with Enum.__new__, which no mixin may hide
            if custom_new is not None:
                body['_new_member_'] = custom_new
            body['__new__'] = Enum.__dict__['__new__']
        enum_class = super().__new__(metacls, cls, bases, body, **kwds)
        new_member = getattr(enum_class, '_new_member_', None)
        is_flag = Flag is not None and issubclass(enum_class, Flag)
        if is_flag:
            enum_class._flag_mask_ = 0
            enum_class._all_bits_ = 0
            enum_class._singles_mask_ = 0
            enum_class._boundary_ = boundary or getattr(enum_class, '_boundary_', STRICT)
        for name in member_names:
            value = members[name]
            args = value if isinstance(value, tuple) else (value,)
            if member_type is tuple:
                args = (args,)
            if new_member is not None:
                m = new_member(enum_class, *args)
            elif member_type is object:
                m = object.__new__(enum_class)
            else:
                m = member_type.__new__(enum_class, *args)
            if not hasattr(m, '_value_'):
                if member_type is object:
                    m._value_ = value
                else:
                    m._value_ = member_type(*args)
            value = m._value_
            m._name_ = name
            m.__objclass__ = enum_class
            m._sort_order_ = len(enum_class._member_names_)
            init = enum_class.__dict__.get('__init__')
            if init is None:
                for base in enum_class.__mro__[1:]:
                    if base is Enum or base is object or base is member_type:
                        break
                    if '__init__' in base.__dict__:
                        init = base.__dict__['__init__']
                        break
            if init is not None:
                init(m, *args)
            canonical = None
            try:
                canonical = enum_class._value2member_map_.get(value)
            except TypeError:
                for other in enum_class._member_map_.values():
                    if other._value_ == value:
                        canonical = other
                        break
            if canonical is None:
                for other_name in enum_class._member_names_:
                    other = enum_class._member_map_[other_name]
                    if other._value_ == value:
                        canonical = other
                        break
            if canonical is not None and not (is_flag and _is_pseudo_alias(enum_class, value)):
                m = canonical
            elif canonical is not None:
                m = canonical
            else:
                enum_class._member_names_.append(name)
                if is_flag and isinstance(value, int):
                    if value and value & (value - 1) == 0:
                        enum_class._singles_mask_ |= value
                    enum_class._flag_mask_ |= value
            enum_class._member_map_[name] = m
            type.__setattr__(enum_class, name, m)
            try:
                enum_class._value2member_map_.setdefault(value, m)
            except TypeError:
                enum_class._unhashable_values_.append(value)
        # a mixed-in data type's repr/str/format must not hide Enum's
        if first_enum is not None and member_type is not object:
            for name in ('__repr__', '__str__', '__format__'):
                if name in classdict:
                    continue
                for c in enum_class.__mro__:
                    if name in c.__dict__:
                        break
                if c is member_type or c is object or c.__module__ == 'builtins':
                    for e in enum_class.__mro__:
                        if isinstance(e, EnumType) and name in e.__dict__:
                            type.__setattr__(enum_class, name, e.__dict__[name])
                            break
        if is_flag and Flag is not None and member_type is not object:
            # the mixed-in int's operators must not hide Flag's
            for op in ('__or__', '__and__', '__xor__', '__ror__', '__rand__',
                       '__rxor__', '__invert__'):
                if op not in classdict:
                    type.__setattr__(enum_class, op, Flag.__dict__[op])
        if is_flag:
            mask = enum_class._flag_mask_
            enum_class._all_bits_ = (1 << mask.bit_length()) - 1 if mask else 0
        return enum_class

    @classmethod
    def _get_mixins_(metacls, cls, bases):
        if not bases:
            return object, None
        member_type = object
        first_enum = None
        for base in bases:
            for c in base.__mro__:
                if c is object:
                    continue
                if isinstance(c, EnumType):
                    if first_enum is None:
                        first_enum = c
                    mt = c.__dict__.get('_member_type_', object)
                    if mt is not object and member_type is object:
                        member_type = mt
                    continue
                if '__new__' in c.__dict__ or c in (int, str, float, tuple, bytes, complex):
                    if member_type is object:
                        member_type = c
                    break
        return member_type, first_enum

    def __call__(cls, value, names=None, *, module=None, qualname=None,
                 type=None, start=1, boundary=None):
        if names is None:
            return cls.__new__(cls, value)
        return cls._create_(value, names, module=module, qualname=qualname,
                            type=type, start=start, boundary=boundary)

    def _create_(cls, class_name, names, *, module=None, qualname=None,
                 type=None, start=1, boundary=None):
        bases = (cls,) if type is None else (type, cls)
        classdict = cls.__prepare__(class_name, bases)
        if isinstance(names, str):
            names = names.replace(',', ' ').split()
        if isinstance(names, (tuple, list)) and names and isinstance(names[0], str):
            original, names, last = names, [], []
            gnv = classdict._generate_next_value or _generate_next_value_
            for count, name in enumerate(original):
                value = gnv(name, start, count, last[:])
                last.append(value)
                names.append((name, value))
        items = names.items() if hasattr(names, 'items') else names
        for item in items:
            if isinstance(item, str):
                member_name, member_value = item, names[item]
            else:
                member_name, member_value = item
            classdict[member_name] = member_value
        if module is None:
            import _hotloop
            module = _hotloop.caller_module(2)
        classdict['__module__'] = module
        if qualname is not None:
            classdict['__qualname__'] = qualname
        return cls.__class__.__new__(cls.__class__, class_name, bases, classdict, boundary=boundary)

    def __contains__(cls, member):
        if not isinstance(member, Enum):
            raise TypeError("unsupported operand type(s) for 'in': '%s' and '%s'"
                            % (type(member).__qualname__, cls.__class__.__qualname__))
        return isinstance(member, cls) and member._name_ in cls._member_map_

    def __delattr__(cls, attr):
        if attr in cls.__dict__.get('_member_map_', {}):
            raise AttributeError('%r cannot delete member %r.' % (cls.__name__, attr))
        super().__delattr__(attr)

    def __getitem__(cls, name):
        return cls._member_map_[name]

    def __iter__(cls):
        return (cls._member_map_[name] for name in cls._member_names_)

    def __reversed__(cls):
        return (cls._member_map_[name] for name in reversed(cls._member_names_))

    def __len__(cls):
        return len(cls._member_names_)

    def __bool__(cls):
        return True

    @_builtin_property
    def __members__(cls):
        return _MembersProxy(dict(cls._member_map_))

    def __repr__(cls):
        if Flag is not None and issubclass(cls, Flag):
            return "<flag %r>" % (cls.__name__,)
        return "<enum %r>" % (cls.__name__,)

    def __setattr__(cls, name, value):
        member_map = cls.__dict__.get('_member_map_', {})
        if name in member_map:
            raise AttributeError('cannot reassign member %r' % (name,))
        super().__setattr__(name, value)


EnumMeta = EnumType
Enum = None
Flag = None


def _is_pseudo_alias(cls, value):
    return False


class Enum(metaclass=EnumType):
    """Base class of enumerations: members have a name and a value and are
    compared by identity."""

    def __new__(cls, value):
        if type(value) is cls:
            return value
        try:
            return cls._value2member_map_[value]
        except KeyError:
            pass
        except TypeError:
            for m in cls._member_map_.values():
                if m._value_ == value:
                    return m
        result = None
        exc = None
        try:
            result = cls._missing_(value)
        except Exception as e:
            exc = e
        if isinstance(result, cls):
            return result
        if Flag is not None and issubclass(cls, Flag) and result is not None:
            return result
        ve = ValueError('%r is not a valid %s' % (value, cls.__qualname__))
        if result is None and exc is None:
            raise ve
        if exc is None:
            exc = TypeError('error in %s._missing_: returned %r instead of None or a valid member'
                            % (cls.__name__, result))
        if not isinstance(exc, ValueError):
            exc.__context__ = ve
        raise exc

    def __init__(self, *args, **kwds):
        pass

    _generate_next_value_ = staticmethod(_generate_next_value_)

    @classmethod
    def _missing_(cls, value):
        return None

    def __repr__(self):
        v_repr = self.__class__._value_repr_ or repr
        return "<%s.%s: %s>" % (self.__class__.__name__, self._name_, v_repr(self._value_))

    def __str__(self):
        return "%s.%s" % (self.__class__.__name__, self._name_)

    def __format__(self, format_spec):
        return str.__format__(str(self), format_spec)

    def __dir__(self):
        names = ['__class__', '__doc__', '__eq__', '__hash__', '__module__', 'name', 'value']
        for cls in type(self).__mro__:
            for k, v in cls.__dict__.items():
                if not k.startswith('_') and k not in self.__class__._member_map_:
                    if cls is not Enum:
                        names.append(k)
        names.extend(k for k in self.__dict__ if not k.startswith('_'))
        return sorted(set(names))

    def __hash__(self):
        return hash(self._name_)

    def __eq__(self, other):
        return self is other

    def __reduce_ex__(self, proto):
        return self.__class__, (self._value_,)

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def _no_set(self, value, attr):
        raise AttributeError("<enum 'Enum'> cannot set attribute %r" % (attr,))

    name = _builtin_property(lambda self: self._name_,
                             lambda self, v: self._no_set(v, 'name'))
    value = _builtin_property(lambda self: self._value_,
                              lambda self, v: self._no_set(v, 'value'))

    def __setattr__(self, key, value):
        if key in ('name', 'value'):
            raise AttributeError("<enum 'Enum'> cannot set attribute %r" % (key,))
        object.__setattr__(self, key, value)


Enum._value_repr_ = None


class ReprEnum(Enum):
    """An enum whose str() and format() are those of its mixed-in type."""


class IntEnum(int, ReprEnum):
    """An enum whose members are also ints."""

    def __str__(self):
        return int.__repr__(self)

    def __format__(self, format_spec):
        return int.__format__(int(self), format_spec)


IntEnum._value_repr_ = int.__repr__


class StrEnum(str, ReprEnum):
    """An enum whose members are also strs."""

    def __new__(cls, *values):
        if len(values) > 3:
            raise TypeError('too many arguments for str(): %r' % (values,))
        if len(values) == 1 and not isinstance(values[0], str):
            raise TypeError('%r is not a string' % (values[0],))
        value = str(*values)
        m = str.__new__(cls, value)
        m._value_ = value
        return m

    def __str__(self):
        return str.__str__(self)

    def __format__(self, format_spec):
        return str.__format__(str.__str__(self), format_spec)

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        return name.lower()


StrEnum._value_repr_ = str.__repr__


def _high_bit(value):
    return value.bit_length() - 1


def _iter_bits_lsb(num):
    while num:
        b = num & (~num + 1)
        yield b
        num ^= b


class Flag(Enum, boundary=STRICT):
    """An enum whose members combine with the bitwise operators."""

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        if not count:
            return start if start is not None else 1
        last = last_values[-1]
        try:
            high = _high_bit(last)
        except Exception:
            raise TypeError('invalid flag value %r' % last) from None
        return 2 ** (high + 1)

    @classmethod
    def _missing_(cls, value):
        if not isinstance(value, int):
            raise ValueError('%r is not a valid %s' % (value, cls.__qualname__))
        flag_mask = cls._flag_mask_
        all_bits = cls._all_bits_
        neg_value = None
        if not ~all_bits <= value <= all_bits or value & (all_bits ^ flag_mask):
            if cls._boundary_ == STRICT:
                max_bits = max(value.bit_length(), flag_mask.bit_length())
                raise ValueError('%r invalid value %r\n    given %s\n  allowed %s' % (
                    cls, value, _bin(value, max_bits), _bin(flag_mask, max_bits)))
            elif cls._boundary_ == CONFORM:
                value = value & flag_mask
            elif cls._boundary_ == EJECT:
                return value
            elif cls._boundary_ == KEEP:
                if value < 0:
                    value = max(all_bits + 1, 2 ** value.bit_length()) + value
        if value < 0:
            neg_value = value
            value = all_bits + 1 + value
        unknown = value & ~flag_mask
        member_value = value & flag_mask
        if cls._member_type_ is object:
            pseudo = object.__new__(cls)
        else:
            pseudo = cls._member_type_.__new__(cls, value)
        if not hasattr(pseudo, '_value_'):
            pseudo._value_ = value
        if member_value or unknown:
            members = [m for m in cls._iter_member_(member_value)]
            combined = [m._name_ for m in members]
            if unknown:
                combined.append(hex(unknown) if cls._boundary_ != KEEP else hex(unknown))
                pseudo._name_ = '|'.join(combined)
            else:
                pseudo._name_ = '|'.join(combined)
            if unknown and cls._boundary_ != KEEP:
                pseudo._name_ = None
            elif unknown and cls._member_type_ is not object:
                pseudo._name_ = None
        else:
            pseudo._name_ = None
        pseudo = cls._value2member_map_.setdefault(value, pseudo)
        if neg_value is not None:
            cls._value2member_map_[neg_value] = pseudo
        return pseudo

    @classmethod
    def _iter_member_(cls, value):
        found = []
        for bit in _iter_bits_lsb(value & cls._flag_mask_):
            m = cls._value2member_map_.get(bit)
            if m is not None:
                found.append(m)
        # members whose value covers several bits but no single-bit member
        rest = value & cls._flag_mask_ & ~cls._singles_mask_
        if rest:
            for name in cls._member_names_:
                m = cls._member_map_[name]
                mv = m._value_
                if mv & (mv - 1) and mv & rest == mv:
                    found.append(m)
        found.sort(key=lambda m: m._sort_order_)
        return iter(found)

    def __contains__(self, other):
        if not isinstance(other, self.__class__):
            raise TypeError("unsupported operand type(s) for 'in': '%s' and '%s'" % (
                type(other).__qualname__, self.__class__.__qualname__))
        return other._value_ & self._value_ == other._value_

    def __iter__(self):
        yield from self._iter_member_(self._value_)

    def __len__(self):
        return bin(self._value_).count('1')

    def __repr__(self):
        cls_name = self.__class__.__name__
        v_repr = self.__class__._value_repr_ or repr
        if self._name_ is None:
            return "<%s: %s>" % (cls_name, v_repr(self._value_))
        return "<%s.%s: %s>" % (cls_name, self._name_, v_repr(self._value_))

    def __str__(self):
        cls_name = self.__class__.__name__
        if self._name_ is None:
            return '%s(%r)' % (cls_name, self._value_)
        return "%s.%s" % (cls_name, self._name_)

    def __bool__(self):
        return bool(self._value_)

    def __or__(self, other):
        if isinstance(other, self.__class__):
            other = other._value_
        elif self._member_type_ is not object and isinstance(other, self._member_type_):
            other = other
        else:
            return NotImplemented
        return self.__class__(self._value_ | other)

    def __and__(self, other):
        if isinstance(other, self.__class__):
            other = other._value_
        elif self._member_type_ is not object and isinstance(other, self._member_type_):
            other = other
        else:
            return NotImplemented
        return self.__class__(self._value_ & other)

    def __xor__(self, other):
        if isinstance(other, self.__class__):
            other = other._value_
        elif self._member_type_ is not object and isinstance(other, self._member_type_):
            other = other
        else:
            return NotImplemented
        return self.__class__(self._value_ ^ other)

    def __invert__(self):
        if self._member_type_ is object or self._boundary_ != KEEP:
            return self.__class__(self._flag_mask_ ^ self._value_)
        return self.__class__(~self._value_)

    __rand__ = __and__
    __ror__ = __or__
    __rxor__ = __xor__


Flag._value_repr_ = None


def _bin(num, max_bits=None):
    ceiling = 2 ** num.bit_length()
    if num >= 0:
        s = bin(num + ceiling).replace('1', '0', 1)
    else:
        s = bin(~num ^ (ceiling - 1) + ceiling)
    sign = s[:3]
    digits = s[3:]
    if max_bits is not None:
        if len(digits) < max_bits:
            digits = (sign[-1] * max_bits + digits)[-max_bits:]
    return "%s %s" % (sign, digits)


class IntFlag(int, ReprEnum, Flag, boundary=KEEP):
    """A Flag whose members are also ints."""

    def __str__(self):
        return int.__repr__(self)

    def __format__(self, format_spec):
        return int.__format__(int(self), format_spec)


IntFlag._value_repr_ = int.__repr__


def unique(enumeration):
    """Class decorator: raise ValueError if two names share a value."""
    duplicates = []
    for name, m in enumeration.__members__.items():
        if name != m.name:
            duplicates.append((name, m.name))
    if duplicates:
        alias_details = ', '.join("%s -> %s" % (alias, name) for (alias, name) in duplicates)
        raise ValueError('duplicate values found in %r: %s' % (enumeration, alias_details))
    return enumeration


def verify(*checks):
    """Class decorator checking enum constraints (only UNIQUE is enforced)."""
    def decorate(enumeration):
        if UNIQUE in checks:
            unique(enumeration)
        return enumeration
    return decorate


def global_enum(cls):
    """Put the members of cls into its module's globals."""
    import sys
    g = sys.modules[cls.__module__].__dict__
    g.update(cls.__members__.items())
    return cls
