"""pprint for hotloop: pretty-printing of Python data (CPython 3.11's
interface and output, byte for byte).

How the layout is decided, as CPython decides it: an object whose
one-line repr fits in the width left on its line is written as that repr.
Otherwise, if its type's __repr__ is one of the containers below (dict,
list, tuple, set, frozenset, str, bytes, bytearray, OrderedDict,
defaultdict, Counter, deque, SimpleNamespace, a dataclass's generated
repr), it is split: one item per line, each item laid out by the same
rule with the indent of its column. `allowance` is the room the closing
brackets after an item need on the last line. Dicts are sorted by key
unless sort_dicts is false; keys that cannot be compared are ordered by
(type name, id), as CPython's _safe_key does.
"""

import sys as _sys
from io import StringIO as _StringIO

__all__ = ["pprint", "pformat", "isreadable", "isrecursive", "saferepr",
           "PrettyPrinter", "pp"]


def pprint(object, stream=None, indent=1, width=80, depth=None, *,
           compact=False, sort_dicts=True, underscore_numbers=False):
    """Pretty-prints object to stream (sys.stdout by default)."""
    printer = PrettyPrinter(stream=stream, indent=indent, width=width,
                            depth=depth, compact=compact, sort_dicts=sort_dicts,
                            underscore_numbers=underscore_numbers)
    printer.pprint(object)


def pformat(object, indent=1, width=80, depth=None, *,
            compact=False, sort_dicts=True, underscore_numbers=False):
    """The pretty-printed text of object."""
    return PrettyPrinter(indent=indent, width=width, depth=depth,
                         compact=compact, sort_dicts=sort_dicts,
                         underscore_numbers=underscore_numbers).pformat(object)


def pp(object, *args, sort_dicts=False, **kwargs):
    """pprint with dicts in insertion order."""
    pprint(object, *args, sort_dicts=sort_dicts, **kwargs)


def saferepr(object):
    """A repr of object that survives recursive data structures."""
    return PrettyPrinter()._safe_repr(object, {}, None, 0)[0]


def isreadable(object):
    """True if the repr of object can be read back by eval()."""
    return PrettyPrinter()._safe_repr(object, {}, None, 0)[1]


def isrecursive(object):
    """True if object contains itself."""
    return PrettyPrinter()._safe_repr(object, {}, None, 0)[2]


class _safe_key:
    """Orders values that may not be comparable with each other."""

    __slots__ = ["obj"]

    def __init__(self, obj):
        self.obj = obj

    def __lt__(self, other):
        try:
            return self.obj < other.obj
        except TypeError:
            mine = (str(type(self.obj)), id(self.obj))
            theirs = (str(type(other.obj)), id(other.obj))
            return mine < theirs


def _safe_tuple(pair):
    return _safe_key(pair[0]), _safe_key(pair[1])


def _recursion(object):
    return "<Recursion on %s with id=%s>" % (type(object).__name__, id(object))


_scalars = frozenset({str, bytes, bytearray, float, complex, bool, type(None)})


class PrettyPrinter:
    """Formats objects with a given indent per level, width and depth."""

    def __init__(self, indent=1, width=80, depth=None, stream=None, *,
                 compact=False, sort_dicts=True, underscore_numbers=False):
        indent = int(indent)
        width = int(width)
        if indent < 0:
            raise ValueError('indent must be >= 0')
        if depth is not None and depth <= 0:
            raise ValueError('depth must be > 0')
        if not width:
            raise ValueError('width must be != 0')
        self._depth = depth
        self._indent_per_level = indent
        self._width = width
        self._stream = stream if stream is not None else _sys.stdout
        self._compact = bool(compact)
        self._sort_dicts = sort_dicts
        self._underscore_numbers = underscore_numbers

    def pprint(self, object):
        """Writes the pretty-printed object and a newline to the stream."""
        if self._stream is not None:
            self._format(object, self._stream, 0, 0, {}, 0)
            self._stream.write("\n")

    def pformat(self, object):
        """The pretty-printed text of object."""
        out = _StringIO()
        self._format(object, out, 0, 0, {}, 0)
        return out.getvalue()

    def isrecursive(self, object):
        return self.format(object, {}, 0, 0)[2]

    def isreadable(self, object):
        s, readable, recursive = self.format(object, {}, 0, 0)
        return readable and not recursive

    def format(self, object, context, maxlevels, level):
        """(repr, readable, recursive) of object; subclasses may override."""
        return self._safe_repr(object, context, maxlevels, level)

    # ---- layout ----

    def _format(self, object, stream, indent, allowance, context, level):
        key = id(object)
        if key in context:
            stream.write(_recursion(object))
            self._recursive = True
            self._readable = False
            return
        rep = self._repr(object, context, level)
        if len(rep) > self._width - indent - allowance:
            split = self._splitter(object)
            if split is not None:
                context[key] = 1
                split(self, object, stream, indent, allowance, context, level + 1)
                del context[key]
                return
        stream.write(rep)

    def _splitter(self, object):
        r = type(object).__repr__
        split = _splitters.get(r)
        if split is not None:
            return split
        if (not isinstance(object, type) and hasattr(type(object), "__dataclass_fields__")
                and getattr(r, "__module__", None) == "dataclasses"
                and getattr(r, "__name__", None) == "__repr__"):
            return PrettyPrinter._pprint_dataclass
        return None

    def _pprint_dataclass(self, object, stream, indent, allowance, context, level):
        name = object.__class__.__name__
        indent += len(name) + 1
        items = [(f.name, getattr(object, f.name))
                 for f in object.__dataclass_fields__.values() if f.repr]
        stream.write(name + "(")
        self._format_namespace_items(items, stream, indent, allowance, context, level)
        stream.write(")")

    def _pprint_dict(self, object, stream, indent, allowance, context, level):
        stream.write("{")
        if self._indent_per_level > 1:
            stream.write((self._indent_per_level - 1) * " ")
        if len(object):
            self._format_dict_items(self._dict_items(object), stream, indent,
                                    allowance + 1, context, level)
        stream.write("}")

    def _pprint_ordered_dict(self, object, stream, indent, allowance, context, level):
        if not len(object):
            stream.write(repr(object))
            return
        name = object.__class__.__name__
        stream.write(name + "(")
        self._format(list(object.items()), stream, indent + len(name) + 1,
                     allowance + 1, context, level)
        stream.write(")")

    def _pprint_list(self, object, stream, indent, allowance, context, level):
        stream.write("[")
        self._format_items(object, stream, indent, allowance + 1, context, level)
        stream.write("]")

    def _pprint_tuple(self, object, stream, indent, allowance, context, level):
        stream.write("(")
        close = ",)" if len(object) == 1 else ")"
        self._format_items(object, stream, indent, allowance + len(close), context, level)
        stream.write(close)

    def _pprint_set(self, object, stream, indent, allowance, context, level):
        if not len(object):
            stream.write(repr(object))
            return
        cls = object.__class__
        if cls is set:
            stream.write("{")
            close = "}"
        else:
            stream.write(cls.__name__ + "({")
            close = "})"
            indent += len(cls.__name__) + 1
        items = sorted(object, key=_safe_key)
        self._format_items(items, stream, indent, allowance + len(close), context, level)
        stream.write(close)

    def _pprint_str(self, object, stream, indent, allowance, context, level):
        if not len(object):
            stream.write(repr(object))
            return
        chunks = []
        lines = object.splitlines(True)
        if level == 1:
            indent += 1
            allowance += 1
        full = room = self._width - indent
        last_line = len(lines) - 1
        for i, line in enumerate(lines):
            rep = repr(line)
            if i == last_line:
                room -= allowance
            if len(rep) <= room:
                chunks.append(rep)
                continue
            # Split the line after runs of white space, as few pieces as fit.
            words = _words(line)
            room2 = full
            current = ""
            for j, word in enumerate(words):
                candidate = current + word
                if j == len(words) - 1 and i == last_line:
                    room2 -= allowance
                if len(repr(candidate)) > room2:
                    if current:
                        chunks.append(repr(current))
                    current = word
                else:
                    current = candidate
            if current:
                chunks.append(repr(current))
        if len(chunks) == 1:
            stream.write(rep)
            return
        if level == 1:
            stream.write("(")
        for i, rep in enumerate(chunks):
            if i > 0:
                stream.write("\n" + " " * indent)
            stream.write(rep)
        if level == 1:
            stream.write(")")

    def _pprint_bytes(self, object, stream, indent, allowance, context, level):
        if len(object) <= 4:
            stream.write(repr(object))
            return
        parens = level == 1
        if parens:
            indent += 1
            allowance += 1
            stream.write("(")
        sep = ""
        for rep in _bytes_pieces(object, self._width - indent, allowance):
            stream.write(sep)
            stream.write(rep)
            if not sep:
                sep = "\n" + " " * indent
        if parens:
            stream.write(")")

    def _pprint_bytearray(self, object, stream, indent, allowance, context, level):
        stream.write("bytearray(")
        self._pprint_bytes(bytes(object), stream, indent + 10, allowance + 1,
                           context, level + 1)
        stream.write(")")

    def _pprint_simplenamespace(self, object, stream, indent, allowance, context, level):
        import types
        if type(object) is types.SimpleNamespace:
            name = "namespace"
        else:
            name = object.__class__.__name__
        indent += len(name) + 1
        stream.write(name + "(")
        self._format_namespace_items(list(object.__dict__.items()), stream, indent,
                                     allowance, context, level)
        stream.write(")")

    def _pprint_default_dict(self, object, stream, indent, allowance, context, level):
        if not len(object):
            stream.write(repr(object))
            return
        factory = self._repr(object.default_factory, context, level)
        name = object.__class__.__name__
        indent += len(name) + 1
        stream.write("%s(%s,\n%s" % (name, factory, " " * indent))
        self._pprint_dict(object, stream, indent, allowance + 1, context, level)
        stream.write(")")

    def _pprint_counter(self, object, stream, indent, allowance, context, level):
        if not len(object):
            stream.write(repr(object))
            return
        name = object.__class__.__name__
        indent += len(name) + 1
        stream.write(name + "({")
        if self._indent_per_level > 1:
            stream.write((self._indent_per_level - 1) * " ")
        self._format_dict_items(object.most_common(), stream, indent, allowance + 2,
                                context, level)
        stream.write("})")

    def _pprint_deque(self, object, stream, indent, allowance, context, level):
        if not len(object):
            stream.write(repr(object))
            return
        name = object.__class__.__name__
        stream.write(name + "(")
        indent += len(name) + 1
        stream.write("[")
        if object.maxlen is None:
            self._format_items(object, stream, indent, allowance + 2, context, level)
            stream.write("])")
        else:
            self._format_items(object, stream, indent, 2, context, level)
            maxlen = self._repr(object.maxlen, context, level)
            stream.write("],\n%smaxlen=%s)" % (" " * indent, maxlen))

    def _format_dict_items(self, items, stream, indent, allowance, context, level):
        indent += self._indent_per_level
        between = ",\n" + " " * indent
        last = len(items) - 1
        for i, (key, value) in enumerate(items):
            krep = self._repr(key, context, level)
            stream.write(krep)
            stream.write(": ")
            self._format(value, stream, indent + len(krep) + 2,
                         allowance if i == last else 1, context, level)
            if i != last:
                stream.write(between)

    def _format_namespace_items(self, items, stream, indent, allowance, context, level):
        between = ",\n" + " " * indent
        last = len(items) - 1
        for i, (key, value) in enumerate(items):
            stream.write(key)
            stream.write("=")
            if id(value) in context:
                # A namespace that holds itself: CPython writes "...".
                stream.write("...")
            else:
                self._format(value, stream, indent + len(key) + 1,
                             allowance if i == last else 1, context, level)
            if i != last:
                stream.write(between)

    def _format_items(self, items, stream, indent, allowance, context, level):
        indent += self._indent_per_level
        if self._indent_per_level > 1:
            stream.write((self._indent_per_level - 1) * " ")
        newline = ",\n" + " " * indent
        sep = ""
        width = room = self._width - indent + 1
        it = iter(items)
        try:
            upcoming = next(it)
        except StopIteration:
            return
        last = False
        while not last:
            item = upcoming
            try:
                upcoming = next(it)
            except StopIteration:
                last = True
                room -= allowance
                width -= allowance
            if self._compact:
                rep = self._repr(item, context, level)
                need = len(rep) + 2
                if width < need:
                    width = room
                    if sep:
                        sep = newline
                if width >= need:
                    width -= need
                    stream.write(sep)
                    sep = ", "
                    stream.write(rep)
                    continue
            stream.write(sep)
            sep = newline
            self._format(item, stream, indent, allowance if last else 1, context, level)

    def _dict_items(self, d):
        # d's items in printing order: sorted by key unless sort_dicts is off.
        if self._sort_dicts:
            return sorted(d.items(), key=_safe_tuple)
        return d.items()

    def _repr(self, object, context, level):
        rep, readable, recursive = self.format(object, context.copy(), self._depth, level)
        if not readable:
            self._readable = False
        if recursive:
            self._recursive = True
        return rep

    # ---- one-line reprs ----

    def _safe_repr(self, object, context, maxlevels, level):
        typ = type(object)
        if typ in _scalars:
            return repr(object), True, False
        r = getattr(typ, "__repr__", None)
        if issubclass(typ, int) and r is int.__repr__:
            if self._underscore_numbers:
                return f"{object:_d}", True, False
            return repr(object), True, False
        if issubclass(typ, dict) and r is dict.__repr__:
            if not object:
                return "{}", True, False
            key = id(object)
            if maxlevels and level >= maxlevels:
                return "{...}", False, key in context
            if key in context:
                return _recursion(object), False, True
            context[key] = 1
            readable, recursive = True, False
            parts = []
            level += 1
            for k, v in self._dict_items(object):
                krep, kreadable, krec = self.format(k, context, maxlevels, level)
                vrep, vreadable, vrec = self.format(v, context, maxlevels, level)
                parts.append("%s: %s" % (krep, vrep))
                readable = readable and kreadable and vreadable
                if krec or vrec:
                    recursive = True
            del context[key]
            return "{%s}" % ", ".join(parts), readable, recursive
        is_list = issubclass(typ, list) and r is list.__repr__
        if is_list or (issubclass(typ, tuple) and r is tuple.__repr__):
            if is_list:
                if not object:
                    return "[]", True, False
                shape = "[%s]"
            elif len(object) == 1:
                shape = "(%s,)"
            else:
                if not object:
                    return "()", True, False
                shape = "(%s)"
            key = id(object)
            if maxlevels and level >= maxlevels:
                return shape % "...", False, key in context
            if key in context:
                return _recursion(object), False, True
            context[key] = 1
            readable, recursive = True, False
            parts = []
            level += 1
            for item in object:
                irep, ireadable, irec = self.format(item, context, maxlevels, level)
                parts.append(irep)
                if not ireadable:
                    readable = False
                if irec:
                    recursive = True
            del context[key]
            return shape % ", ".join(parts), readable, recursive
        rep = repr(object)
        return rep, bool(rep and not rep.startswith("<")), False


def _words(line):
    # Pieces of line that each end after a run of white space (the last
    # may end without), as CPython's re.findall(r'\S*\s*') minus its final
    # empty match.
    out = []
    i, n = 0, len(line)
    while i < n:
        j = i
        while j < n and not line[j].isspace():
            j += 1
        while j < n and line[j].isspace():
            j += 1
        out.append(line[i:j])
        i = j
    return out


def _bytes_pieces(object, width, allowance):
    current = b""
    last = len(object) // 4 * 4
    for i in range(0, len(object), 4):
        part = object[i:i + 4]
        candidate = current + part
        if i == last:
            width -= allowance
        if len(repr(candidate)) > width:
            if current:
                yield repr(current)
            current = part
        else:
            current = candidate
    if current:
        yield repr(current)


def _build_splitters():
    import collections
    import types
    P = PrettyPrinter
    table = {
        dict.__repr__: P._pprint_dict,
        list.__repr__: P._pprint_list,
        tuple.__repr__: P._pprint_tuple,
        set.__repr__: P._pprint_set,
        frozenset.__repr__: P._pprint_set,
        str.__repr__: P._pprint_str,
        bytes.__repr__: P._pprint_bytes,
        bytearray.__repr__: P._pprint_bytearray,
        types.SimpleNamespace.__repr__: P._pprint_simplenamespace,
        collections.OrderedDict.__repr__: P._pprint_ordered_dict,
        collections.defaultdict.__repr__: P._pprint_default_dict,
        collections.Counter.__repr__: P._pprint_counter,
        collections.deque.__repr__: P._pprint_deque,
    }
    return table


_splitters = _build_splitters()
