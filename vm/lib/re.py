"""Regular expressions for hotloop: Python's re API over the Go core _re.

_re translates a pattern into the syntax of the regexp2 engine and runs
matches, returning group spans; this module holds the Pattern and Match
objects, replacement templates, the cache and the flags
(docs/stdlib.md, "re").
"""

import _re

__all__ = ["match", "fullmatch", "search", "sub", "subn", "split",
           "findall", "finditer", "compile", "purge", "template", "escape",
           "error", "Pattern", "Match", "A", "I", "L", "M", "S", "X", "U",
           "ASCII", "IGNORECASE", "LOCALE", "MULTILINE", "DOTALL", "VERBOSE",
           "UNICODE", "NOFLAG", "RegexFlag"]


class RegexFlag(int):
    """The flags of a pattern; repr as re.IGNORECASE|re.MULTILINE."""

    _names = [(256, "ASCII"), (2, "IGNORECASE"), (4, "LOCALE"),
              (8, "MULTILINE"), (16, "DOTALL"), (32, "UNICODE"),
              (64, "VERBOSE"), (128, "DEBUG")]

    def __repr__(self):
        v = int(self)
        if v == 0:
            return "re.NOFLAG"
        parts = []
        for bit, name in RegexFlag._names:
            if v & bit:
                parts.append("re." + name)
                v &= ~bit
        if v:
            parts.append(hex(v))
        return "|".join(parts)

    __str__ = __repr__

    def __or__(self, other):
        if isinstance(other, int):
            return RegexFlag(int(self) | int(other))
        return NotImplemented

    __ror__ = __or__

    def __and__(self, other):
        if isinstance(other, int):
            return RegexFlag(int(self) & int(other))
        return NotImplemented

    __rand__ = __and__

    def __xor__(self, other):
        if isinstance(other, int):
            return RegexFlag(int(self) ^ int(other))
        return NotImplemented

    __rxor__ = __xor__

    def __invert__(self):
        return RegexFlag(~int(self) & 511)


A = ASCII = RegexFlag(256)
I = IGNORECASE = RegexFlag(2)
L = LOCALE = RegexFlag(4)
M = MULTILINE = RegexFlag(8)
S = DOTALL = RegexFlag(16)
U = UNICODE = RegexFlag(32)
X = VERBOSE = RegexFlag(64)
T = TEMPLATE = RegexFlag(1)
DEBUG = RegexFlag(128)
NOFLAG = RegexFlag(0)


class error(Exception):
    """A bad regular expression: msg, pattern, pos, lineno, colno."""

    __module__ = "re"

    def __init__(self, msg, pattern=None, pos=None):
        self.msg = msg
        self.pattern = pattern
        self.pos = pos
        if pattern is not None and pos is not None:
            msg = "%s at position %d" % (msg, pos)
            if isinstance(pattern, str):
                newline = "\n"
            else:
                newline = b"\n"
            self.lineno = pattern.count(newline, 0, pos) + 1
            self.colno = pos - pattern.rfind(newline, 0, pos)
            if newline in pattern:
                msg = "%s (line %d, column %d)" % (msg, self.lineno, self.colno)
        else:
            self.lineno = self.colno = None
        Exception.__init__(self, msg)


PatternError = error


def _subject(pattern, string):
    """The subject as str (bytes decoded as latin-1), checking its type."""
    if isinstance(string, str):
        if pattern._bytes:
            raise TypeError("cannot use a bytes pattern on a string-like object")
        return string
    if isinstance(string, (bytes, bytearray)):
        if not pattern._bytes:
            raise TypeError("cannot use a string pattern on a bytes-like object")
        return bytes(string).decode("latin-1")
    raise TypeError("expected string or bytes-like object, got '%s'" % type(string).__name__)


_MAXPOS = 9223372036854775807


class Pattern:
    """A compiled regular expression."""

    __slots__ = ("pattern", "flags", "groups", "groupindex", "_match",
                 "_scan", "_bytes", "__weakref__")

    def __init__(self, pattern, flags):
        if isinstance(pattern, str):
            is_bytes = False
            text = pattern
        else:
            is_bytes = True
            text = bytes(pattern).decode("latin-1")
        r = _re.compile(text, int(flags), is_bytes)
        if r[0] is None:
            pos = r[2]
            raise error(r[1], pattern, None if pos < 0 else pos)
        self.pattern = pattern
        self._match, self._scan, self.groups, self.groupindex, f = r
        self.flags = f
        self._bytes = is_bytes

    def __repr__(self):
        p = repr(self.pattern)
        if len(p) > 200:
            p = p[:200]
        flags = self.flags
        if not self._bytes:
            flags &= ~32
        if flags:
            return "re.compile(%s, %r)" % (p, RegexFlag(flags))
        return "re.compile(%s)" % p

    def __eq__(self, other):
        if not isinstance(other, Pattern):
            return NotImplemented
        return self.pattern == other.pattern and self.flags == other.flags

    def __hash__(self):
        return hash((self.pattern, self.flags))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def _run(self, string, pos, endpos, mode):
        s = _subject(self, string)
        spans = self._match(s, pos, endpos, mode)
        if spans is None:
            return None
        return Match(self, string, spans, pos, endpos)

    def match(self, string, pos=0, endpos=_MAXPOS):
        return self._run(string, pos, endpos, 1)

    def fullmatch(self, string, pos=0, endpos=_MAXPOS):
        return self._run(string, pos, endpos, 2)

    def search(self, string, pos=0, endpos=_MAXPOS):
        return self._run(string, pos, endpos, 0)

    def _all(self, string, pos, endpos, count):
        s = _subject(self, string)
        return self._scan(s, pos, endpos, count)

    def finditer(self, string, pos=0, endpos=_MAXPOS):
        for spans in self._all(string, pos, endpos, 0):
            yield Match(self, string, spans, pos, endpos)

    def findall(self, string, pos=0, endpos=_MAXPOS):
        out = []
        g = self.groups
        empty = b"" if self._bytes else ""
        for spans in self._all(string, pos, endpos, 0):
            if g == 0:
                out.append(string[spans[0]:spans[1]])
            elif g == 1:
                a = spans[2]
                out.append(empty if a < 0 else string[a:spans[3]])
            else:
                item = []
                for i in range(1, g + 1):
                    a = spans[2 * i]
                    item.append(empty if a < 0 else string[a:spans[2 * i + 1]])
                out.append(tuple(item))
        return out

    def split(self, string, maxsplit=0):
        out = []
        last = 0
        if maxsplit < 0:
            return [string]
        for spans in self._all(string, 0, _MAXPOS, maxsplit):
            out.append(string[last:spans[0]])
            for i in range(1, self.groups + 1):
                a = spans[2 * i]
                out.append(None if a < 0 else string[a:spans[2 * i + 1]])
            last = spans[1]
        out.append(string[last:])
        return out

    def subn(self, repl, string, count=0):
        return self._subx(repl, string, count)

    def sub(self, repl, string, count=0):
        return self._subx(repl, string, count)[0]

    def _subx(self, repl, string, count):
        if callable(repl):
            filt = repl
            literal = None
        else:
            literal, parts = _template(self, repl)
            filt = None
        if count < 0:
            return string, 0
        pieces = []
        last = 0
        n = 0
        for spans in self._all(string, 0, _MAXPOS, count):
            pieces.append(string[last:spans[0]])
            if filt is not None:
                r = filt(Match(self, string, spans, 0, _MAXPOS))
                if r is not None:
                    pieces.append(r)
            elif literal is not None:
                pieces.append(literal)
            else:
                for p in parts:
                    if isinstance(p, int):
                        a = spans[2 * p]
                        if a >= 0:
                            pieces.append(string[a:spans[2 * p + 1]])
                    else:
                        pieces.append(p)
            last = spans[1]
            n += 1
        pieces.append(string[last:])
        if self._bytes:
            return b"".join(bytes(p) for p in pieces), n
        return "".join(pieces), n

    def scanner(self, string, pos=0, endpos=_MAXPOS):
        raise NotImplementedError("Pattern.scanner is not supported")


Pattern.__qualname__ = "Pattern"


_ESCAPES = {"n": "\n", "t": "\t", "r": "\r", "f": "\f", "v": "\v",
            "a": "\a", "b": "\b", "\\": "\\"}


def _template(pattern, repl):
    """Parses a replacement template into literal text and group numbers:
    (literal, None) when it has no group references, else (None, parts)."""

    __module__ = "re"
    if pattern._bytes:
        if not isinstance(repl, (bytes, bytearray)):
            raise TypeError("expected a bytes-like object, %s found" % type(repl).__name__)
        text = bytes(repl).decode("latin-1")
    else:
        if not isinstance(repl, str):
            raise TypeError("expected str instance, %s found" % type(repl).__name__)
        text = repl
    if "\\" not in text:
        return repl, None
    parts = []
    lit = []
    i = 0
    n = len(text)
    while i < n:
        c = text[i]
        if c != "\\":
            lit.append(c)
            i += 1
            continue
        if i + 1 >= n:
            raise error("bad escape (end of pattern)", repl, i)
        d = text[i + 1]
        if d == "g":
            j = i + 2
            if j >= n or text[j] != "<":
                raise error("missing <", repl, j)
            k = text.find(">", j + 1)
            if k < 0:
                raise error("missing >, unterminated name", repl, j + 1)
            name = text[j + 1:k]
            if not name:
                raise error("missing group name", repl, j + 1)
            if name.isdigit() and name.isascii():
                g = int(name)
                if g > pattern.groups:
                    raise error("invalid group reference %d" % g, repl, j + 1)
            elif name.isidentifier():
                if name not in pattern.groupindex:
                    raise IndexError("unknown group name '%s'" % name)
                g = pattern.groupindex[name]
            else:
                raise error("bad character in group name '%s'" % name, repl, j + 1)
            parts.append("".join(lit))
            lit = []
            parts.append(g)
            i = k + 1
        elif d == "0":
            j = i + 2
            while j < n and j < i + 4 and text[j] in "01234567":
                j += 1
            lit.append(chr(int(text[i + 1:j], 8)))
            i = j
        elif d in "123456789":
            j = i + 2
            if j < n and text[j] in "0123456789":
                j += 1
                if (j < n and text[j] in "01234567" and text[i + 1] in "01234567"
                        and text[i + 2] in "01234567"):
                    v = int(text[i + 1:j + 1], 8)
                    if v > 0o377:
                        raise error("octal escape value \\%s outside of range 0-0o377" % text[i + 1:j + 1], repl, i)
                    lit.append(chr(v))
                    i = j + 1
                    continue
            g = int(text[i + 1:j])
            if g > pattern.groups:
                raise error("invalid group reference %d" % g, repl, i + 1)
            parts.append("".join(lit))
            lit = []
            parts.append(g)
            i = j
        elif d in _ESCAPES:
            lit.append(_ESCAPES[d])
            i += 2
        elif d.isascii() and d.isalpha():
            raise error("bad escape \\%s" % d, repl, i)
        else:
            lit.append("\\" + d)
            i += 2
    parts.append("".join(lit))
    if pattern._bytes:
        parts = [p if isinstance(p, int) else p.encode("latin-1") for p in parts]
    if len(parts) == 1:
        return parts[0], None
    return None, [p for p in parts if not (isinstance(p, (str, bytes)) and not p)]


class Match:
    """The result of a successful match."""

    __module__ = "re"

    __slots__ = ("re", "string", "pos", "endpos", "_spans")

    def __init__(self, pattern, string, spans, pos, endpos):
        self.re = pattern
        self.string = string
        self._spans = spans
        n = len(string)
        if pos < 0:
            pos = 0
        elif pos > n:
            pos = n
        if endpos < 0:
            endpos = 0
        elif endpos > n:
            endpos = n
        if endpos < pos:
            endpos = pos
        self.pos = pos
        self.endpos = endpos

    def _index(self, g):
        if isinstance(g, int) and not isinstance(g, bool) or type(g) is bool:
            if 0 <= g <= self.re.groups:
                return int(g)
            raise IndexError("no such group")
        if isinstance(g, str):
            i = self.re.groupindex.get(g)
            if i is not None:
                return i
            raise IndexError("no such group")
        try:
            g = g.__index__()
        except AttributeError:
            raise IndexError("no such group") from None
        return self._index(g)

    def _get(self, i, default=None):
        s = self._spans
        a = s[2 * i]
        if a < 0:
            return default
        return self.string[a:s[2 * i + 1]]

    def group(self, *args):
        if not args:
            return self._get(0)
        if len(args) == 1:
            return self._get(self._index(args[0]))
        return tuple(self._get(self._index(a)) for a in args)

    def __getitem__(self, g):
        return self._get(self._index(g))

    def groups(self, default=None):
        return tuple(self._get(i, default) for i in range(1, self.re.groups + 1))

    def groupdict(self, default=None):
        return {name: self._get(i, default) for name, i in self.re.groupindex.items()}

    def start(self, group=0):
        return self._spans[2 * self._index(group)]

    def end(self, group=0):
        return self._spans[2 * self._index(group) + 1]

    def span(self, group=0):
        i = self._index(group)
        return (self._spans[2 * i], self._spans[2 * i + 1])

    @property
    def regs(self):
        s = self._spans
        return tuple((s[2 * i], s[2 * i + 1]) for i in range(self.re.groups + 1))

    @property
    def lastindex(self):
        best = None
        bestend = -1
        s = self._spans
        for i in range(1, self.re.groups + 1):
            # The group that closed last: the greatest end; of groups
            # ending together, a nested one closed before its parent and
            # an empty one after its left neighbour.
            if s[2 * i] >= 0 and (s[2 * i + 1] > bestend or
                                  (s[2 * i + 1] == bestend and s[2 * i] >= bestend)):
                best, bestend = i, s[2 * i + 1]
        return best

    @property
    def lastgroup(self):
        i = self.lastindex
        if i is None:
            return None
        for name, g in self.re.groupindex.items():
            if g == i:
                return name
        return None

    def expand(self, template):
        literal, parts = _template(self.re, template)
        if literal is not None:
            return literal
        out = []
        for p in parts:
            if isinstance(p, int):
                v = self._get(p)
                if v is not None:
                    out.append(v)
            else:
                out.append(p)
        if self.re._bytes:
            return b"".join(out)
        return "".join(out)

    def __bool__(self):
        return True

    def __repr__(self):
        return "<re.Match object; span=(%d, %d), match=%r>" % (
            self._spans[0], self._spans[1], self._get(0))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


Match.__qualname__ = "Match"

_cache = {}
_MAXCACHE = 512


def _compile(pattern, flags):
    if isinstance(flags, RegexFlag):
        flags = int(flags)
    if isinstance(pattern, Pattern):
        if flags:
            raise ValueError("cannot process flags argument with a compiled pattern")
        return pattern
    key = (type(pattern), pattern, flags)
    p = _cache.get(key)
    if p is not None:
        return p
    if not isinstance(pattern, (str, bytes)):
        raise TypeError("first argument must be string or compiled pattern")
    p = Pattern(pattern, flags)
    if len(_cache) >= _MAXCACHE:
        _cache.clear()
    _cache[key] = p
    return p


def compile(pattern, flags=0):
    return _compile(pattern, flags)


def match(pattern, string, flags=0):
    return _compile(pattern, flags).match(string)


def fullmatch(pattern, string, flags=0):
    return _compile(pattern, flags).fullmatch(string)


def search(pattern, string, flags=0):
    return _compile(pattern, flags).search(string)


def sub(pattern, repl, string, count=0, flags=0):
    return _compile(pattern, flags).sub(repl, string, count)


def subn(pattern, repl, string, count=0, flags=0):
    return _compile(pattern, flags).subn(repl, string, count)


def split(pattern, string, maxsplit=0, flags=0):
    return _compile(pattern, flags).split(string, maxsplit)


def findall(pattern, string, flags=0):
    return _compile(pattern, flags).findall(string)


def finditer(pattern, string, flags=0):
    return _compile(pattern, flags).finditer(string)


def purge():
    _cache.clear()


def template(pattern, flags=0):
    return _compile(pattern, flags | T)


_special = frozenset("()[]{}?*+-|^$\\.&~# \t\n\r\v\f")


def escape(pattern):
    if isinstance(pattern, str):
        return "".join("\\" + c if c in _special else c for c in pattern)
    pattern = str(pattern, "latin1")
    return "".join("\\" + c if c in _special else c for c in pattern).encode("latin1")
