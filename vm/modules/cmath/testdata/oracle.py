# Differential-test oracle for vm/modules/cmath: reads a JSON list of
# calls on stdin, runs each with CPython's cmath module (and, for
# "hypot", the C library's hypot through ctypes), writes a JSON list of
# encoded results. Encoding (shared with cmath_test.go): a float is
# "<16 hex digits of its bits>" or "nan" (any NaN), a complex or tuple is
# a JSON list of its parts, a bool is true/false, an exception is
# "e:<Class>:<message>".
import cmath
import ctypes
import json
import struct
import sys

libm = ctypes.CDLL("libm.so.6")
libm.hypot.restype = ctypes.c_double
libm.hypot.argtypes = [ctypes.c_double, ctypes.c_double]


def dec(h):
    return struct.unpack("<d", bytes.fromhex(h)[::-1])[0]


def enc(r):
    if isinstance(r, bool):
        return r
    if isinstance(r, float):
        if r != r:
            return "nan"
        return struct.pack("<d", r)[::-1].hex()
    if isinstance(r, complex):
        return [enc(r.real), enc(r.imag)]
    if isinstance(r, tuple):
        return [enc(x) for x in r]
    raise TypeError(type(r))


def call(name, a):
    if name == "hypot":
        return libm.hypot(a[0], a[1])
    if name == "abs":
        return abs(complex(a[0], a[1]))
    if name == "rect":
        return cmath.rect(a[0], a[1])
    if name == "logbase":
        return cmath.log(complex(a[0], a[1]), complex(a[2], a[3]))
    if name == "isclose":
        return cmath.isclose(complex(a[0], a[1]), complex(a[2], a[3]), rel_tol=a[4], abs_tol=a[5])
    return getattr(cmath, name)(complex(a[0], a[1]))


out = []
for case in json.load(sys.stdin):
    try:
        out.append(enc(call(case["f"], [dec(h) for h in case["a"]])))
    except Exception as ex:
        out.append("e:%s:%s" % (type(ex).__name__, ex))
json.dump(out, sys.stdout)
