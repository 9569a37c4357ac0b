"""Helpers shared by the unittest modules: shortened reprs for failure
messages, class names, and element-count differences."""

from collections import namedtuple, Counter
from os.path import commonprefix

__unittest = True

# A failure message shows each operand's repr in full up to _MAX_LENGTH
# characters; longer ones keep their common prefix's start and end and the
# differing tails, with '[N chars]' standing for what was cut.
_MAX_LENGTH = 80
_PLACEHOLDER_LEN = 12
_MIN_BEGIN_LEN = 5
_MIN_END_LEN = 5
_MIN_COMMON_LEN = 5
_MIN_DIFF_LEN = _MAX_LENGTH - (_MIN_BEGIN_LEN + _PLACEHOLDER_LEN + _MIN_COMMON_LEN
                               + _PLACEHOLDER_LEN + _MIN_END_LEN)


def _shorten(s, keep_head, keep_tail):
    cut = len(s) - keep_head - keep_tail
    if cut > _PLACEHOLDER_LEN:
        return '%s[%d chars]%s' % (s[:keep_head], cut, s[len(s) - keep_tail:])
    return s


def _common_shorten_repr(*args):
    reprs = tuple(safe_repr(a) for a in args)
    longest = max(len(r) for r in reprs)
    if longest <= _MAX_LENGTH:
        return reprs
    prefix = commonprefix(reprs)
    plen = len(prefix)
    room = _MAX_LENGTH - (longest - plen + _MIN_BEGIN_LEN + _PLACEHOLDER_LEN)
    if room > _MIN_COMMON_LEN:
        prefix = _shorten(prefix, _MIN_BEGIN_LEN, room)
        return tuple(prefix + r[plen:] for r in reprs)
    prefix = _shorten(prefix, _MIN_BEGIN_LEN, _MIN_COMMON_LEN)
    return tuple(prefix + _shorten(r[plen:], _MIN_DIFF_LEN, _MIN_END_LEN)
                 for r in reprs)


def safe_repr(obj, short=False):
    """repr(obj), or object's default repr when that raises; with short,
    cut at _MAX_LENGTH characters."""
    try:
        text = repr(obj)
    except Exception:
        text = object.__repr__(obj)
    if not short or len(text) < _MAX_LENGTH:
        return text
    return text[:_MAX_LENGTH] + ' [truncated]...'


def strclass(cls):
    return "%s.%s" % (cls.__module__, cls.__qualname__)


def sorted_list_difference(expected, actual):
    """(items only in expected, items only in actual) for two sorted lists,
    duplicates ignored."""
    missing = []
    unexpected = []
    i = j = 0
    while i < len(expected) and j < len(actual):
        e, a = expected[i], actual[j]
        if e < a:
            missing.append(e)
            while i < len(expected) and expected[i] == e:
                i += 1
        elif e > a:
            unexpected.append(a)
            while j < len(actual) and actual[j] == a:
                j += 1
        else:
            while i < len(expected) and expected[i] == e:
                i += 1
            while j < len(actual) and actual[j] == a:
                j += 1
    missing.extend(expected[i:])
    unexpected.extend(actual[j:])
    return missing, unexpected


def unorderable_list_difference(expected, actual):
    """As sorted_list_difference for unsortable items (quadratic); both
    lists are consumed."""
    missing = []
    while expected:
        item = expected.pop()
        try:
            actual.remove(item)
        except ValueError:
            missing.append(item)
    return missing, actual


def three_way_cmp(x, y):
    """-1, 0 or 1 as x is less than, equal to or greater than y."""
    return (x > y) - (x < y)


_Mismatch = namedtuple('Mismatch', 'actual expected value')


def _count_diff_all_purpose(actual, expected):
    """(count in actual, count in expected, item) for every item whose
    counts differ, by equality alone (items need not be hashable)."""
    s, t = list(actual), list(expected)
    gone = object()
    out = []
    for i, item in enumerate(s):
        if item is gone:
            continue
        ns = nt = 0
        for k in range(i, len(s)):
            if s[k] == item:
                ns += 1
                s[k] = gone
        for k, other in enumerate(t):
            if other == item:
                nt += 1
                t[k] = gone
        if ns != nt:
            out.append(_Mismatch(ns, nt, item))
    for i, item in enumerate(t):
        if item is gone:
            continue
        nt = 0
        for k in range(i, len(t)):
            if t[k] == item:
                nt += 1
                t[k] = gone
        out.append(_Mismatch(0, nt, item))
    return out


def _count_diff_hashable(actual, expected):
    """As _count_diff_all_purpose for hashable items, by counting."""
    s, t = Counter(actual), Counter(expected)
    out = []
    for item, ns in s.items():
        nt = t.get(item, 0)
        if ns != nt:
            out.append(_Mismatch(ns, nt, item))
    for item, nt in t.items():
        if item not in s:
            out.append(_Mismatch(0, nt, item))
    return out
