"""fnmatch for hotloop: Unix shell-style wildcards (*, ?, [seq], [!seq])
matched against file names, with CPython 3.11's interface.

Written for hotloop. A pattern is translated into a regular expression
in CPython 3.11's form (a '*' between literal parts becomes an atomic
lazy group, so that long names cannot make the match backtrack
exponentially) and compiled once per pattern.
"""

import os
import posixpath
import re

__all__ = ["filter", "fnmatch", "fnmatchcase", "translate"]

_compiled = {}
_CACHE_LIMIT = 32768


def fnmatch(name, pat):
    """Whether name matches pat, after os.path.normcase of both (a no-op on
    POSIX, so the test is case-sensitive there)."""
    name = os.path.normcase(name)
    pat = os.path.normcase(pat)
    return fnmatchcase(name, pat)


def _matcher(pat):
    key = (type(pat), pat)
    m = _compiled.get(key)
    if m is None:
        if isinstance(pat, bytes):
            text = translate(str(pat, 'ISO-8859-1'))
            m = re.compile(bytes(text, 'ISO-8859-1')).match
        else:
            m = re.compile(translate(pat)).match
        if len(_compiled) >= _CACHE_LIMIT:
            _compiled.clear()
        _compiled[key] = m
    return m


def filter(names, pat):
    """The names of the iterable names that match pat."""
    pat = os.path.normcase(pat)
    match = _matcher(pat)
    out = []
    if os.path is posixpath:
        for name in names:
            if match(name):
                out.append(name)
    else:
        for name in names:
            if match(os.path.normcase(name)):
                out.append(name)
    return out


def fnmatchcase(name, pat):
    """Whether name matches pat, case-sensitively, without normcase."""
    return _matcher(pat)(name) is not None


_STAR = object()


def translate(pat):
    """The regular expression (a str) that matches what pat matches."""
    parts = []
    i, n = 0, len(pat)
    while i < n:
        c = pat[i]
        i += 1
        if c == '*':
            if not parts or parts[-1] is not _STAR:
                parts.append(_STAR)
        elif c == '?':
            parts.append('.')
        elif c == '[':
            cls, i = _char_class(pat, i)
            parts.append(cls)
        else:
            parts.append(re.escape(c))
    # literal runs between stars: the first is anchored at the start, the
    # last at the end, each middle one is found lazily and kept (atomic)
    runs = [[]]
    for p in parts:
        if p is _STAR:
            runs.append([])
        else:
            runs[-1].append(p)
    out = [''.join(runs[0])]
    if len(runs) > 1:
        for middle in runs[1:-1]:
            out.append('(?>.*?' + ''.join(middle) + ')')
        out.append('.*' + ''.join(runs[-1]))
    return '(?s:' + ''.join(out) + r')\Z'


def _char_class(pat, i):
    # The regex for the class starting after '[' at i, and where it ends;
    # an unclosed '[' is a literal bracket.
    n = len(pat)
    j = i
    if j < n and pat[j] == '!':
        j += 1
    if j < n and pat[j] == ']':
        j += 1
    while j < n and pat[j] != ']':
        j += 1
    if j >= n:
        return '\\[', i
    body = pat[i:j]
    negate = body.startswith('!')
    if negate:
        body = body[1:]
    items = []  # single characters and (low, high) ranges
    k = 0
    while k < len(body):
        c = body[k]
        if k + 2 < len(body) and body[k + 1] == '-':
            lo, hi = c, body[k + 2]
            if lo <= hi:
                items.append((lo, hi))
            k += 3
        else:
            items.append(c)
            k += 1
    if not items:
        return ('.' if negate else '(?!)'), j + 1
    text = []
    for item in items:
        if isinstance(item, tuple):
            text.append(_class_char(item[0]) + '-' + _class_char(item[1]))
        else:
            text.append(_class_char(item))
    return '[' + ('^' if negate else '') + ''.join(text) + ']', j + 1


def _class_char(c):
    if c in '\\]-[^&~|':
        return '\\' + c
    return c
