# Differential-test oracle: reads a JSON list of math calls on stdin, runs
# each with CPython's math module, writes a JSON list of encoded results.
# Encoding (shared with math_test.go): "f:<hex bits>" or "f:nan" for a
# float, "i:<decimal>" for an int, "b:0"/"b:1" for a bool, a JSON list for
# a tuple, "e:<Class>:<message>" for an exception.
import json
import math
import struct
import sys

sys.set_int_max_str_digits(0)


def dec(v):
    if isinstance(v, list):
        return [dec(x) for x in v]
    if v == "none":
        return None
    tag, body = v[:2], v[2:]
    if tag == "f:":
        return struct.unpack("<d", bytes.fromhex(body)[::-1])[0]
    if tag == "i:":
        return int(body)
    raise ValueError(v)


def enc(r):
    if isinstance(r, bool):
        return "b:%d" % r
    if isinstance(r, int):
        return "i:%d" % r
    if isinstance(r, float):
        if r != r:
            return "f:nan"
        return "f:" + struct.pack("<d", r)[::-1].hex()
    if isinstance(r, tuple):
        return [enc(x) for x in r]
    raise TypeError(type(r))


def call(name, args):
    if name == "isclose":
        return math.isclose(args[0], args[1], rel_tol=args[2], abs_tol=args[3])
    if name == "prod":
        return math.prod(args[1], start=args[0])
    if name in ("gcd", "lcm", "hypot"):
        return getattr(math, name)(*args[0])
    return getattr(math, name)(*args)


out = []
for case in json.load(sys.stdin):
    try:
        out.append(enc(call(case["f"], dec(case["a"]))))
    except Exception as ex:
        out.append("e:%s:%s" % (type(ex).__name__, ex))
json.dump(out, sys.stdout)
