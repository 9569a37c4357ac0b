"""binascii for hotloop: conversions between binary data and ASCII.

The codecs are Go (the native module _binascii, vm/mod_binascii.go);
this module declares the two exception classes, so that they are
binascii.Error and binascii.Incomplete as in CPython, and hands them to
the native code. Not here yet: the uuencode, quoted-printable and
BinHex functions (docs/stdlib.md, "binascii").
"""

import _binascii


class Error(ValueError):
    pass


class Incomplete(Exception):
    pass


_binascii._set_errors(Error, Incomplete)

from _binascii import (a2b_base64, b2a_base64, a2b_hex, b2a_hex, hexlify, unhexlify,
                       crc32, crc_hqx)

del _binascii
