"""struct for hotloop: the Go core _struct with struct.error and the
Struct class (docs/stdlib.md, "struct")."""

import _struct
from _struct import (pack, unpack, calcsize, iter_unpack, pack_into,
                     unpack_from)

__all__ = ["calcsize", "pack", "pack_into", "unpack", "unpack_from",
           "iter_unpack", "Struct", "error"]


class error(Exception):
    __module__ = "struct"


_struct._set_error(error)


class Struct:
    """A compiled format."""

    __module__ = "_struct"

    def __init__(self, format):
        if not isinstance(format, (str, bytes)):
            raise TypeError("Struct() argument 1 must be a str or bytes object, not %s"
                            % type(format).__name__)
        self.size = calcsize(format)
        if isinstance(format, bytes):
            format = format.decode("latin-1")
        self.format = format

    def pack(self, *values):
        return pack(self.format, *values)

    def pack_into(self, buffer, offset, *values):
        return pack_into(self.format, buffer, offset, *values)

    def unpack(self, buffer):
        return unpack(self.format, buffer)

    def unpack_from(self, buffer, offset=0):
        return unpack_from(self.format, buffer, offset)

    def iter_unpack(self, buffer):
        return iter_unpack(self.format, buffer)
