"""html for hotloop: escape() and unescape() with CPython 3.11's (HTML 5)
rules (docs/stdlib.md, "urllib.parse, tempfile, shutil, html")."""

import re as _re
from html.entities import html5 as _html5

__all__ = ['escape', 'unescape']


def escape(s, quote=True):
    """Replace '&', '<' and '>' (and with quote also '"' and "'") by HTML
    character references."""
    s = s.replace("&", "&amp;")
    s = s.replace("<", "&lt;")
    s = s.replace(">", "&gt;")
    if quote:
        s = s.replace('"', "&quot;")
        s = s.replace("'", "&#x27;")
    return s


# Numeric references HTML 5 maps elsewhere: NUL, CR, and 0x80-0x9F read as
# windows-1252 (the five unassigned slots stay the C1 control itself).
_CP1252_HIGH = ('\u20ac\x81\u201a\u0192\u201e\u2026\u2020\u2021'
                '\u02c6\u2030\u0160\u2039\u0152\x8d\u017d\x8f'
                '\x90\u2018\u2019\u201c\u201d\u2022\u2013\u2014'
                '\u02dc\u2122\u0161\u203a\u0153\x9d\u017e\u0178')
_remapped_charrefs = {0x00: '\ufffd', 0x0d: '\r'}
for _i, _c in enumerate(_CP1252_HIGH):
    _remapped_charrefs[0x80 + _i] = _c
del _i, _c

# Code points a numeric reference may not produce: they become ''.
_dropped_codepoints = (set(range(0x1, 0x9)) | {0xb} | set(range(0xe, 0x20)) |
                       set(range(0x7f, 0xa0)) | set(range(0xfdd0, 0xfdf0)) |
                       {plane * 0x10000 + low for plane in range(17)
                        for low in (0xfffe, 0xffff)})

_charref = _re.compile(r'&(#[0-9]+;?'
                       r'|#[xX][0-9a-fA-F]+;?'
                       r'|[^\t\n\f <&#;]{1,32};?)')


def _replace_charref(match):
    ref = match.group(1)
    if ref[0] == '#':
        if ref[1] in 'xX':
            num = int(ref[2:].rstrip(';'), 16)
        else:
            num = int(ref[1:].rstrip(';'))
        if num in _remapped_charrefs:
            return _remapped_charrefs[num]
        if 0xD800 <= num <= 0xDFFF or num > 0x10FFFF:
            return '\ufffd'
        if num in _dropped_codepoints:
            return ''
        return chr(num)
    if ref in _html5:
        return _html5[ref]
    # The longest known prefix wins (some names are valid without ';').
    for end in range(len(ref) - 1, 1, -1):
        text = _html5.get(ref[:end])
        if text is not None:
            return text + ref[end:]
    return '&' + ref


def unescape(s):
    """Replace named and numeric character references (&gt;, &#62;,
    &#x3e;) by the characters they stand for, with HTML 5's rules for
    invalid and unterminated references."""
    if '&' not in s:
        return s
    return _charref.sub(_replace_charref, s)
