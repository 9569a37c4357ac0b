"""array for hotloop: typed arrays as a Python class over a list, with
struct for the byte conversions and range checks (docs/stdlib.md)."""

import struct as _struct

__all__ = ["array", "ArrayType", "typecodes"]

typecodes = "bBuhHiIlLqQfd"
_SIZES = {"b": 1, "B": 1, "u": 4, "h": 2, "H": 2, "i": 4, "I": 4, "l": 8,
          "L": 8, "q": 8, "Q": 8, "f": 4, "d": 8}
_RANGES = {"b": (-128, 127, "signed char is less than minimum", "signed char is greater than maximum"),
           "B": (0, 255, "unsigned byte integer is less than minimum", "unsigned byte integer is greater than maximum"),
           "h": (-32768, 32767, "signed short integer is less than minimum", "signed short integer is greater than maximum"),
           "H": (0, 65535, "unsigned short is less than minimum", "unsigned short is greater than maximum"),
           "i": (-2**31, 2**31 - 1, "signed integer is less than minimum", "signed integer is greater than maximum"),
           "I": (0, 2**32 - 1, "unsigned int is less than minimum", "unsigned int is greater than maximum"),
           "l": (-2**63, 2**63 - 1, "Python int too large to convert to C long", "Python int too large to convert to C long"),
           "L": (0, 2**64 - 1, "unsigned long is less than minimum", "Python int too large to convert to C unsigned long"),
           "q": (-2**63, 2**63 - 1, "Python int too large to convert to C long", "Python int too large to convert to C long"),
           "Q": (0, 2**64 - 1, "unsigned long long is less than minimum", "Python int too large to convert to C unsigned long long")}


class array:
    """array(typecode[, initializer]) -> array"""

    __module__ = "array"

    def __init__(self, typecode, initializer=None):
        if not isinstance(typecode, str) or len(typecode) != 1:
            raise TypeError("array() argument 1 must be a unicode character, not %s" % type(typecode).__name__)
        if typecode not in _SIZES:
            raise ValueError("bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)")
        self.typecode = typecode
        self.itemsize = _SIZES[typecode]
        self._items = []
        if initializer is None:
            return
        if isinstance(initializer, (bytes, bytearray)):
            self.frombytes(initializer)
        elif isinstance(initializer, str):
            if typecode != "u":
                raise TypeError("cannot use a str to initialize an array with typecode '%s'" % typecode)
            self._items = list(initializer)
        else:
            self.extend(initializer)

    def _check(self, v):
        tc = self.typecode
        if tc in "fd":
            if not isinstance(v, (int, float)):
                raise TypeError("must be real number, not %s" % type(v).__name__)
            return float(v)
        if tc == "u":
            if not isinstance(v, str) or len(v) != 1:
                raise TypeError("array item must be unicode character")
            return v
        if not isinstance(v, int):
            if isinstance(v, float):
                raise TypeError("'float' object cannot be interpreted as an integer")
            raise TypeError("an integer is required (got type %s)" % type(v).__name__)
        lo, hi, lomsg, himsg = _RANGES[tc]
        if v < lo:
            raise OverflowError(lomsg)
        if v > hi:
            raise OverflowError(himsg)
        return int(v)

    def append(self, v):
        self._items.append(self._check(v))

    def extend(self, it):
        if isinstance(it, array):
            if it.typecode != self.typecode:
                raise TypeError("can only extend with array of same kind")
            self._items.extend(it._items)
            return
        for v in it:
            self.append(v)

    def fromlist(self, lst):
        if not isinstance(lst, list):
            raise TypeError("arg must be list")
        items = [self._check(v) for v in lst]
        self._items.extend(items)

    def tolist(self):
        return list(self._items)

    def _fmt(self, n):
        return "<%d%s" % (n, "i" if self.typecode == "u" else self.typecode.replace("l", "q").replace("L", "Q"))

    def tobytes(self):
        if self.typecode == "u":
            return "".join(self._items).encode("utf-32-le")
        return _struct.pack(self._fmt(len(self._items)), *self._items)

    def frombytes(self, b):
        b = bytes(b)
        if len(b) % self.itemsize:
            raise ValueError("bytes length not a multiple of item size")
        n = len(b) // self.itemsize
        if self.typecode == "u":
            self._items.extend(b.decode("utf-32-le"))
        else:
            self._items.extend(_struct.unpack(self._fmt(n), b))

    def tounicode(self):
        if self.typecode != "u":
            raise ValueError("tounicode() may only be called on unicode type arrays")
        return "".join(self._items)

    def pop(self, i=-1):
        if not self._items:
            raise IndexError("pop from empty array")
        try:
            return self._items.pop(i)
        except IndexError:
            raise IndexError("pop index out of range") from None

    def insert(self, i, v):
        self._items.insert(i, self._check(v))

    def remove(self, v):
        try:
            self._items.remove(v)
        except ValueError:
            raise ValueError("array.remove(x): x not in array") from None

    def index(self, v, start=0, stop=None):
        n = len(self._items)
        if stop is None:
            stop = n
        for i in range(*slice(start, stop).indices(n)):
            if self._items[i] == v:
                return i
        raise ValueError("array.index(x): x not in array")

    def count(self, v):
        return self._items.count(v)

    def reverse(self):
        self._items.reverse()

    def byteswap(self):
        if self.typecode in "fd" or self.itemsize == 1:
            if self.itemsize == 1:
                return
        data = self.tobytes()
        s = self.itemsize
        out = b"".join(data[i:i + s][::-1] for i in range(0, len(data), s))
        self._items = []
        self.frombytes(out)

    def buffer_info(self):
        return (0, len(self._items))

    def __len__(self):
        return len(self._items)

    def __iter__(self):
        return iter(self._items)

    def __contains__(self, v):
        return v in self._items

    def __getitem__(self, i):
        if isinstance(i, slice):
            r = array(self.typecode)
            r._items = self._items[i]
            return r
        try:
            return self._items[i]
        except IndexError:
            raise IndexError("array index out of range") from None

    def __setitem__(self, i, v):
        if isinstance(i, slice):
            if not isinstance(v, array):
                raise TypeError("can only assign array (not \"%s\") to array slice" % type(v).__name__)
            if v.typecode != self.typecode:
                raise TypeError("bad argument type for built-in operation")
            self._items[i] = v._items
            return
        v = self._check(v)
        try:
            self._items[i] = v
        except IndexError:
            raise IndexError("array assignment index out of range") from None

    def __delitem__(self, i):
        try:
            del self._items[i]
        except IndexError:
            raise IndexError("array assignment index out of range") from None

    def __add__(self, other):
        if not isinstance(other, array):
            raise TypeError("can only append array (not \"%s\") to array" % type(other).__name__)
        if other.typecode != self.typecode:
            raise TypeError("bad argument type for built-in operation")
        r = array(self.typecode)
        r._items = self._items + other._items
        return r

    def __iadd__(self, other):
        if not isinstance(other, array):
            raise TypeError("can only extend array with array (not \"%s\")" % type(other).__name__)
        self.extend(other)
        return self

    def __mul__(self, n):
        r = array(self.typecode)
        r._items = self._items * n
        return r

    __rmul__ = __mul__

    def __imul__(self, n):
        self._items *= n
        return self

    def __eq__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        return self._items == other._items

    def __ne__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        return self._items != other._items

    def __lt__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        return self._items < other._items

    def __le__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        return self._items <= other._items

    def __gt__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        return self._items > other._items

    def __ge__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        return self._items >= other._items

    __hash__ = None

    def __copy__(self):
        return self[:]

    def __deepcopy__(self, memo):
        return self[:]

    def __repr__(self):
        if not self._items:
            return "array(%r)" % self.typecode
        if self.typecode == "u":
            return "array(%r, %r)" % (self.typecode, "".join(self._items))
        return "array(%r, %r)" % (self.typecode, self._items)


ArrayType = array
