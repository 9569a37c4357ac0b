"""JSON for hotloop: CPython's json API over the Go core _json.

_json encodes (CPython's exact output) and decodes (CPython's messages and
positions); this package holds the API, the encoder and decoder classes,
JSONDecodeError and the file functions (docs/stdlib.md, "json").
"""

import _json

__all__ = ["dump", "dumps", "load", "loads", "JSONDecoder",
           "JSONDecodeError", "JSONEncoder"]

__version__ = "2.0.9"


class JSONDecodeError(ValueError):
    """Subclass of ValueError with msg, doc, pos, lineno, colno."""

    __module__ = "json.decoder"

    def __init__(self, msg, doc, pos):
        lineno = doc.count("\n", 0, pos) + 1
        colno = pos - doc.rfind("\n", 0, pos)
        errmsg = "%s: line %d column %d (char %d)" % (msg, lineno, colno, pos)
        ValueError.__init__(self, errmsg)
        self.msg = msg
        self.doc = doc
        self.pos = pos
        self.lineno = lineno
        self.colno = colno

    def __reduce__(self):
        return self.__class__, (self.msg, self.doc, self.pos)




class JSONEncoder:
    """Encodes Python values as JSON text."""

    __module__ = "json.encoder"

    item_separator = ", "
    key_separator = ": "

    def __init__(self, *, skipkeys=False, ensure_ascii=True,
                 check_circular=True, allow_nan=True, sort_keys=False,
                 indent=None, separators=None, default=None):
        self.skipkeys = skipkeys
        self.ensure_ascii = ensure_ascii
        self.check_circular = check_circular
        self.allow_nan = allow_nan
        self.sort_keys = sort_keys
        self.indent = indent
        if separators is not None:
            self.item_separator, self.key_separator = separators
        elif indent is not None:
            self.item_separator = ","
        if default is not None:
            self.default = default

    def default(self, o):
        raise TypeError(f"Object of type {o.__class__.__name__} "
                        f"is not JSON serializable")

    def encode(self, o):
        return _json.encode(o, self.indent, self.item_separator,
                            self.key_separator, self.sort_keys,
                            self.skipkeys, self.ensure_ascii, self.allow_nan,
                            self.check_circular, self.default)

    def iterencode(self, o, _one_shot=False):
        yield self.encode(o)




def _ws_end(s, i):
    n = len(s)
    while i < n and s[i] in " \t\n\r":
        i += 1
    return i


class JSONDecoder:
    """Decodes JSON text into Python values."""

    __module__ = "json.decoder"

    def __init__(self, *, object_hook=None, parse_float=None,
                 parse_int=None, parse_constant=None, strict=True,
                 object_pairs_hook=None):
        self.object_hook = object_hook
        self.parse_float = parse_float
        self.parse_int = parse_int
        self.parse_constant = parse_constant
        self.strict = strict
        self.object_pairs_hook = object_pairs_hook

    def decode(self, s):
        obj, end = self.raw_decode(s, _ws_end(s, 0))
        end = _ws_end(s, end)
        if end != len(s):
            raise JSONDecodeError("Extra data", s, end)
        return obj

    def raw_decode(self, s, idx=0):
        r = _json.decode(s, self.object_hook, self.object_pairs_hook,
                         self.parse_float, self.parse_int,
                         self.parse_constant, self.strict, idx)
        if r[0] is None and len(r) == 3:
            raise JSONDecodeError(r[1], s, r[2]) from None
        return r




def dumps(obj, *, skipkeys=False, ensure_ascii=True, check_circular=True,
          allow_nan=True, cls=None, indent=None, separators=None,
          default=None, sort_keys=False, **kw):
    if cls is None:
        if separators is None:
            item_sep = "," if indent is not None else ", "
            key_sep = ": "
        else:
            item_sep, key_sep = separators
        if kw:
            raise TypeError("JSONEncoder.__init__() got an unexpected keyword argument '%s'" % next(iter(kw)))
        return _json.encode(obj, indent, item_sep, key_sep, sort_keys,
                            skipkeys, ensure_ascii, allow_nan,
                            check_circular, default)
    return cls(skipkeys=skipkeys, ensure_ascii=ensure_ascii,
               check_circular=check_circular, allow_nan=allow_nan,
               indent=indent, separators=separators, default=default,
               sort_keys=sort_keys, **kw).encode(obj)


def dump(obj, fp, **kw):
    fp.write(dumps(obj, **kw))


def _detect_encoding(b):
    if b.startswith((b"\xef\xbb\xbf",)):
        return "utf-8-sig"
    if b.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "utf-16"
    return "utf-8"


def loads(s, *, cls=None, object_hook=None, parse_float=None,
          parse_int=None, parse_constant=None, object_pairs_hook=None, **kw):
    if isinstance(s, str):
        if s.startswith("\ufeff"):
            raise JSONDecodeError("Unexpected UTF-8 BOM (decode using utf-8-sig)", s, 0)
    else:
        if not isinstance(s, (bytes, bytearray)):
            raise TypeError(f"the JSON object must be str, bytes or bytearray, "
                            f"not {s.__class__.__name__}")
        s = s.decode(_detect_encoding(s), "surrogatepass")
    if cls is None:
        cls = JSONDecoder
    return cls(object_hook=object_hook, parse_float=parse_float,
               parse_int=parse_int, parse_constant=parse_constant,
               object_pairs_hook=object_pairs_hook, **kw).decode(s)


def load(fp, **kw):
    return loads(fp.read(), **kw)
