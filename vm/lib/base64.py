"""base64 for hotloop: the Base16, Base32, Base64, Base85 and Ascii85
encodings of RFC 4648 and Adobe's, with CPython 3.11's interface, results
and error messages.

Base64 and Base16 go through binascii (whose codecs are Go); Base32 and
the base-85 codecs are written here in Python over ints (docs/stdlib.md,
"base64").
"""

import binascii

__all__ = ['encode', 'decode', 'encodebytes', 'decodebytes',
           'b64encode', 'b64decode', 'b32encode', 'b32decode',
           'b32hexencode', 'b32hexdecode', 'b16encode', 'b16decode',
           'b85encode', 'b85decode', 'a85encode', 'a85decode',
           'standard_b64encode', 'standard_b64decode',
           'urlsafe_b64encode', 'urlsafe_b64decode']

bytes_types = (bytes, bytearray)

MAXLINESIZE = 76  # characters per line of encodebytes' output
MAXBINSIZE = (MAXLINESIZE // 4) * 3  # bytes encoded per line


def _decode_input(s):
    # What every decoder accepts: bytes-like data or an ASCII str.
    if isinstance(s, str):
        for ch in s:
            if ord(ch) > 127:
                raise ValueError('string argument should contain only ASCII characters')
        return s.encode('ascii')
    if isinstance(s, bytes_types):
        return bytes(s)
    raise TypeError("argument should be a bytes-like object or ASCII string, not %r"
                    % type(s).__name__)


def _encode_input(s):
    # What the Base32 and base-85 encoders accept (CPython converts through
    # memoryview, whose message this is).
    if isinstance(s, bytes_types):
        return bytes(s)
    raise TypeError("memoryview: a bytes-like object is required, not '%s'" % type(s).__name__)


def _check_pair(chars):
    if len(chars) != 2:
        raise AssertionError(repr(chars))


# ---- Base64 ----

def b64encode(s, altchars=None):
    """Encode the bytes-like object s with Base64 and return bytes.

    altchars, if given, is a bytes-like object of length 2 that replaces
    the '+' and '/' characters of the standard alphabet.
    """
    out = binascii.b2a_base64(s, newline=False)
    if altchars is not None:
        _check_pair(altchars)
        out = out.translate(bytes.maketrans(b'+/', altchars))
    return out


def b64decode(s, altchars=None, validate=False):
    """Decode the Base64 encoded bytes-like object or ASCII string s.

    altchars names the two characters used instead of '+' and '/'. With
    validate false, characters outside the alphabet are discarded before
    the padding check; with validate true they raise binascii.Error.
    """
    s = _decode_input(s)
    if altchars is not None:
        altchars = _decode_input(altchars)
        _check_pair(altchars)
        s = s.translate(bytes.maketrans(altchars, b'+/'))
    return binascii.a2b_base64(s, strict_mode=validate)


def standard_b64encode(s):
    """Encode bytes-like object s with the standard Base64 alphabet."""
    return b64encode(s)


def standard_b64decode(s):
    """Decode s, encoded with the standard Base64 alphabet."""
    return b64decode(s)


_to_urlsafe = bytes.maketrans(b'+/', b'-_')
_from_urlsafe = bytes.maketrans(b'-_', b'+/')


def urlsafe_b64encode(s):
    """Encode s with the URL- and filesystem-safe alphabet ('-' and '_')."""
    return b64encode(s).translate(_to_urlsafe)


def urlsafe_b64decode(s):
    """Decode s, encoded with the URL- and filesystem-safe alphabet."""
    return b64decode(_decode_input(s).translate(_from_urlsafe))


# ---- Base32 ----

_B32_ALPHABETS = {
    'std': b'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567',
    'hex': b'0123456789ABCDEFGHIJKLMNOPQRSTUV',
}
_b32_values = {}
# How many '=' a last quantum of 1-4 bytes gets.
_B32_PADS = {1: 6, 2: 4, 3: 3, 4: 1}
# How many bytes a last quantum with that many '=' holds.
_B32_BYTES = {0: 5, 1: 4, 3: 3, 4: 2, 6: 1}


def _b32encode(alphabet, s):
    data = _encode_input(s)
    tail = len(data) % 5
    if tail:
        data += bytes(5 - tail)
    out = bytearray()
    for start in range(0, len(data), 5):
        word = int.from_bytes(data[start:start + 5], 'big')
        for shift in range(35, -5, -5):
            out.append(alphabet[(word >> shift) & 31])
    if tail:
        pads = _B32_PADS[tail]
        out[-pads:] = b'=' * pads
    return bytes(out)


def _b32decode(alphabet, s, casefold=False, map01=None):
    values = _b32_values.get(alphabet)
    if values is None:
        values = {c: i for i, c in enumerate(alphabet)}
        _b32_values[alphabet] = values
    s = _decode_input(s)
    if len(s) % 8:
        raise binascii.Error('Incorrect padding')
    if map01 is not None:
        map01 = _decode_input(map01)
        if len(map01) != 1:
            raise AssertionError(repr(map01))
        s = s.translate(bytes.maketrans(b'01', b'O' + map01))
    if casefold:
        s = s.upper()
    full = len(s)
    s = s.rstrip(b'=')
    pads = full - len(s)
    out = bytearray()
    word = 0
    for start in range(0, len(s), 8):
        word = 0
        for c in s[start:start + 8]:
            v = values.get(c)
            if v is None:
                raise binascii.Error('Non-base32 digit found')
            word = (word << 5) | v
        out += word.to_bytes(5, 'big')
    if pads not in _B32_BYTES:
        raise binascii.Error('Incorrect padding')
    if pads and out:
        last = (word << (5 * pads)).to_bytes(5, 'big')
        out[-5:] = last[:_B32_BYTES[pads]]
    return bytes(out)


def b32encode(s):
    """Encode the bytes-like object s with Base32 and return bytes."""
    return _b32encode(_B32_ALPHABETS['std'], s)


def b32decode(s, casefold=False, map01=None):
    """Decode the Base32 encoded bytes-like object or ASCII string s.

    casefold accepts lowercase letters; map01, if given, is the letter
    (I or L) that the digit 1 stands for, while 0 stands for O.
    """
    return _b32decode(_B32_ALPHABETS['std'], s, casefold, map01)


def b32hexencode(s):
    """Encode s with the Extended Hex Alphabet of Base32 (RFC 4648)."""
    return _b32encode(_B32_ALPHABETS['hex'], s)


def b32hexdecode(s, casefold=False):
    """Decode s, encoded with the Extended Hex Alphabet of Base32."""
    return _b32decode(_B32_ALPHABETS['hex'], s, casefold)


# ---- Base16 ----

_HEX_UPPER = frozenset(b'0123456789ABCDEF')


def b16encode(s):
    """Encode the bytes-like object s with Base16 (uppercase hex)."""
    return binascii.hexlify(s).upper()


def b16decode(s, casefold=False):
    """Decode the Base16 encoded bytes-like object or ASCII string s.

    Lowercase digits are accepted only with casefold true.
    """
    s = _decode_input(s)
    if casefold:
        s = s.upper()
    for c in s:
        if c not in _HEX_UPPER:
            raise binascii.Error('Non-base16 digit found')
    return binascii.unhexlify(s)


# ---- Base85 and Ascii85 ----

_A85START = b"<~"
_A85END = b"~>"
_B85_ALPHABET = (b"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
                 b"abcdefghijklmnopqrstuvwxyz!#$%&()*+-;<=>?@^_`{|}~")
_b85_values = {c: i for i, c in enumerate(_B85_ALPHABET)}


def _encode85(data, digit, pad, fold_zero, fold_spaces):
    # Big-endian 32-bit words, each as five base-85 digits (digit(v) is the
    # byte for v); a short last word is padded with zeros and, unless pad,
    # its digits cut to the bytes it held plus one.
    data = _encode_input(data)
    extra = -len(data) % 4
    data += bytes(extra)
    out = bytearray()
    for start in range(0, len(data), 4):
        word = int.from_bytes(data[start:start + 4], 'big')
        if fold_zero and word == 0 and not (extra and not pad and start + 4 == len(data)):
            out.append(0x7a)  # 'z'
            continue
        if fold_spaces and word == 0x20202020:
            out.append(0x79)  # 'y'
            continue
        group = bytearray(5)
        for k in range(4, -1, -1):
            word, group[k] = divmod(word, 85)
            group[k] = digit(group[k])
        out += group
    if extra and not pad:
        del out[len(out) - extra:]
    return bytes(out)


def a85encode(b, *, foldspaces=False, wrapcol=0, pad=False, adobe=False):
    """Encode the bytes-like object b with Ascii85 and return bytes.

    foldspaces writes 'y' for four spaces (btoa's extension); wrapcol > 0
    breaks lines after that many characters; pad pads the input to a
    multiple of 4 bytes; adobe frames the output in <~ and ~>.
    """
    out = _encode85(b, lambda v: v + 33, pad, True, foldspaces)
    if adobe:
        out = _A85START + out
    if wrapcol:
        width = max(2 if adobe else 1, wrapcol)
        lines = [out[i:i + width] for i in range(0, len(out), width)]
        if adobe and len(lines[-1]) + 2 > width:
            lines.append(b'')
        out = b'\n'.join(lines)
    if adobe:
        out += _A85END
    return out


def a85decode(b, *, foldspaces=False, adobe=False, ignorechars=b' \t\n\r\v'):
    """Decode the Ascii85 encoded bytes-like object or ASCII string b.

    foldspaces accepts 'y' for four spaces; adobe expects the <~ ~>
    framing (the opening mark is optional); bytes in ignorechars are
    skipped.
    """
    b = _decode_input(b)
    if adobe:
        if not b.endswith(_A85END):
            raise ValueError("Ascii85 encoded byte sequences must end with {!r}".format(_A85END))
        b = b[2:-2] if b.startswith(_A85START) else b[:-2]
    out = bytearray()
    group = []
    for c in b + b'uuuu':
        if 33 <= c <= 117:
            group.append(c - 33)
            if len(group) == 5:
                word = 0
                for v in group:
                    word = word * 85 + v
                if word > 0xffffffff:
                    raise ValueError('Ascii85 overflow')
                out += word.to_bytes(4, 'big')
                group = []
        elif c == 0x7a:  # 'z'
            if group:
                raise ValueError('z inside Ascii85 5-tuple')
            out += b'\0\0\0\0'
        elif foldspaces and c == 0x79:  # 'y'
            if group:
                raise ValueError('y inside Ascii85 5-tuple')
            out += b'    '
        elif c in ignorechars:
            continue
        else:
            raise ValueError('Non-Ascii85 digit found: %c' % c)
    cut = 4 - len(group)
    if cut:
        del out[len(out) - cut:]
    return bytes(out)


def b85encode(b, pad=False):
    """Encode the bytes-like object b with base85 (as git and Mercurial
    do) and return bytes; pad pads the input to a multiple of 4 bytes."""
    return _encode85(b, _B85_ALPHABET.__getitem__, pad, False, False)


def b85decode(b):
    """Decode the base85 encoded bytes-like object or ASCII string b."""
    b = _decode_input(b)
    extra = -len(b) % 5
    b += b'~' * extra
    out = bytearray()
    for start in range(0, len(b), 5):
        word = 0
        for k in range(start, start + 5):
            v = _b85_values.get(b[k])
            if v is None:
                raise ValueError('bad base85 character at position %d' % k)
            word = word * 85 + v
        if word > 0xffffffff:
            raise ValueError('base85 overflow in hunk starting at byte %d' % start)
        out += word.to_bytes(4, 'big')
    if extra:
        del out[len(out) - extra:]
    return bytes(out)


# ---- Files and MIME lines ----

def _check_binary(s):
    if not isinstance(s, bytes_types):
        raise TypeError("expected bytes-like object, not %s" % type(s).__name__)


def encode(input, output):
    """Encode the binary file input into the file output, as lines of at
    most 76 characters."""
    while True:
        chunk = input.read(MAXBINSIZE)
        if not chunk:
            break
        while len(chunk) < MAXBINSIZE:
            more = input.read(MAXBINSIZE - len(chunk))
            if not more:
                break
            chunk += more
        output.write(binascii.b2a_base64(chunk))


def decode(input, output):
    """Decode the lines of the binary file input into the file output."""
    while True:
        line = input.readline()
        if not line:
            break
        output.write(binascii.a2b_base64(line))


def encodebytes(s):
    """Encode a bytes-like object into lines of Base64 (76 characters
    each, each ending in a newline)."""
    _check_binary(s)
    lines = []
    for start in range(0, len(s), MAXBINSIZE):
        lines.append(binascii.b2a_base64(s[start:start + MAXBINSIZE]))
    return b''.join(lines)


def decodebytes(s):
    """Decode bytes holding lines of Base64."""
    _check_binary(s)
    return binascii.a2b_base64(s)
