# pyref.py evaluates numeric operations for vm/num's differential tests.
# Each stdin line is a JSON list [op, arg, ...]; each stdout line is the
# JSON string encoding of the result (or of the exception raised), in the
# same canonical form the Go tests produce.
import json, math, struct, sys

sys.set_int_max_str_digits(0)


def dec(a):
    t, v = a[0], a[1:]
    if t == 'i':
        return int(v, 16)
    if t == 'f':
        return struct.unpack('<d', int(v, 16).to_bytes(8, 'little'))[0]
    if t == 's':
        return v
    if t == 'b':
        return bytes.fromhex(v)
    if t == 'T':
        return True
    if t == 'F':
        return False
    if t == 'c':
        re, im = v.split(',')
        return complex(dec(re), dec(im))
    raise ValueError(a)


def enc(v):
    if isinstance(v, bool):
        return 'T' if v else 'F'
    if isinstance(v, int):
        return 'i' + hex(v)
    if isinstance(v, float):
        if v != v:
            return 'fnan'
        return 'f%016x' % struct.unpack('<Q', struct.pack('<d', v))[0]
    if isinstance(v, complex):
        return 'c' + enc(v.real) + ',' + enc(v.imag)
    if isinstance(v, str):
        return 's' + v
    if isinstance(v, bytes):
        return 'b' + v.hex()
    if isinstance(v, tuple):
        return '(' + ','.join(enc(x) for x in v) + ')'
    raise TypeError(type(v))


def pow_correctly_rounded(x, y):
    # x**y for floats, correctly rounded, from an exact decimal computation.
    import decimal
    ctx = decimal.Context(prec=120)
    r = ctx.power(decimal.Decimal(abs(x)), decimal.Decimal(y))
    f = float(r)
    if f == math.inf:
        raise OverflowError(34, 'Numerical result out of range')
    if x < 0 and math.fmod(abs(y), 2) == 1:
        f = -f
    return f


def abs_correctly_rounded(z):
    # abs(z) correctly rounded (CPython's math.hypot is; libm's hypot,
    # which complex.__abs__ calls, is not always).
    if not (math.isfinite(z.real) and math.isfinite(z.imag)):
        return abs(z)
    import decimal
    ctx = decimal.Context(prec=120)
    d = ctx.sqrt(ctx.add(ctx.power(decimal.Decimal(z.real), 2), ctx.power(decimal.Decimal(z.imag), 2)))
    f = float(d)
    if f == math.inf:
        raise OverflowError('absolute value too large')
    return f


def with_limit(limit, f):
    sys.set_int_max_str_digits(limit)
    try:
        return f()
    finally:
        sys.set_int_max_str_digits(0)


def cmp(a, b):
    if a != a or b != b:
        return 'unordered'
    return (a > b) - (a < b)


OPS = {
    'add': lambda a, b: a + b,
    'sub': lambda a, b: a - b,
    'mul': lambda a, b: a * b,
    'floordiv': lambda a, b: a // b,
    'mod': lambda a, b: a % b,
    'divmod': lambda a, b: divmod(a, b),
    'truediv': lambda a, b: a / b,
    'pow': lambda a, b: a ** b,
    'pow_cr': pow_correctly_rounded,
    'abs_cr': abs_correctly_rounded,
    'pow3': lambda a, b, c: pow(a, b, c),
    'lsh': lambda a, b: a << b,
    'rsh': lambda a, b: a >> b,
    'and': lambda a, b: a & b,
    'or': lambda a, b: a | b,
    'xor': lambda a, b: a ^ b,
    'inv': lambda a: ~a,
    'neg': lambda a: -a,
    'abs': lambda a: abs(a),
    'cmp': cmp,
    'eq': lambda a, b: a == b,
    'float': lambda a: float(a),
    'int': lambda a: int(a),
    'floor': lambda a: math.floor(a),
    'ceil': lambda a: math.ceil(a),
    'round1': lambda a: round(a),
    'round': lambda a, n: round(a, n),
    'bit_length': lambda a: a.bit_length(),
    'bit_count': lambda a: a.bit_count(),
    'to_bytes': lambda a, n, little, signed: a.to_bytes(n, 'little' if little else 'big', signed=signed),
    'from_bytes': lambda b, little, signed: int.from_bytes(b, 'little' if little else 'big', signed=signed),
    'hash': lambda a: hash(a),
    'str': lambda a, limit: with_limit(limit, lambda: str(a)),
    'repr': lambda a: repr(a),
    'parse_int': lambda s, base, limit: with_limit(limit, lambda: int(s, base)),
    'parse_int_bytes': lambda s, base, limit: with_limit(limit, lambda: int(s, base)),
    'parse_float': lambda s: float(s),
    'bin': lambda a: bin(a),
    'oct': lambda a: oct(a),
    'hex': lambda a: hex(a),
    'is_integer': lambda a: a.is_integer(),
    'ratio': lambda a: a.as_integer_ratio(),
    'fhex': lambda a: a.hex(),
    'fromhex': lambda s: float.fromhex(s),
    'format': lambda a, spec: format(a, spec),
    'complex': lambda a, b: complex(a, b),
}


def main():
    out = sys.stdout
    for line in sys.stdin:
        req = json.loads(line)
        op, args = req[0], [dec(a) for a in req[1:]]
        try:
            r = enc(OPS[op](*args))
        except Exception as e:
            r = 'E' + type(e).__name__ + ':' + str(e)
        out.write(json.dumps(r) + '\n')


main()
