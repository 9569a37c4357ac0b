# pow_cases.py writes random float ** float cases for vm/num's
# TestFloatPowCases: "python3 pow_cases.py COUNT SEED" prints COUNT JSON
# lines [x, y, python, correct]: the operands, CPython's x ** y (from the C
# library's pow), and the correctly rounded x ** y from decimal
# arithmetic, each in pyref.py's canonical encoding ('f' and the hex bits
# of the float, or 'E' with the exception's class and message).
import decimal, json, math, random, struct, sys


def enc_float(v):
    if v != v:
        return 'fnan'
    return 'f%016x' % struct.unpack('<Q', struct.pack('<d', v))[0]


def enc_result(f):
    try:
        return enc_float(f())
    except Exception as e:
        return 'E' + type(e).__name__ + ':' + str(e)


def correct_pow(x, y):
    # 45 digits decide the rounding of every inexact result here; exact
    # results, which can fall on a halfway point, need y = n/2**k and
    # enough digits to be held exactly.
    prec = 130 if (y * 8).is_integer() else 45
    ctx = decimal.Context(prec=prec, Emin=-99999, Emax=99999)
    d = decimal.Decimal(abs(x))
    if abs(math.frexp(x)[1]) > 64:
        # Hundreds of exact digits make power() slow; 60 digits keep the
        # relative error below 2**-190, and |y| is small for such x.
        d = decimal.Context(prec=60).create_decimal_from_float(abs(x))
    r = float(ctx.power(d, decimal.Decimal(y)))
    if r == math.inf:
        raise OverflowError(34, 'Numerical result out of range')
    if x < 0 and math.fmod(abs(y), 2) == 1:
        r = -r
    return r


def any_bits(rng):
    while True:
        v = struct.unpack('<d', rng.getrandbits(64).to_bytes(8, 'little'))[0]
        if math.isfinite(v):
            return v


def gen(rng, k):
    c = k % 10
    if c == 0:  # moderate
        return rng.uniform(0, 10), rng.gauss(0, 20)
    if c == 1:  # nbody's distance ** -1.5, and the other square-root powers
        return rng.uniform(0, 1000) * 2.0 ** rng.randint(-30, 30), rng.choice([1.5, -1.5, -0.5, 0.5])
    if c == 2:  # half-integral exponents
        return abs(rng.gauss(0, 1)) * 10.0 ** rng.randint(-8, 8), rng.randint(-30, 30) + 0.5
    if c == 3:  # integral exponents, negative bases too
        return rng.gauss(0, 3), float(rng.randint(-80, 80))
    if c == 4:  # any finite base, small exponent
        return abs(any_bits(rng)), rng.gauss(0, 1) * 2.0 ** rng.randint(-10, 2)
    if c == 5:  # near one, large exponent
        return 1 + rng.gauss(0, 1) * 2.0 ** -rng.randint(0, 52), rng.gauss(0, 1) * 2.0 ** rng.randint(0, 60)
    if c == 6:  # near overflow and underflow, subnormal results
        x = 1 + rng.random() * 3
        return x, rng.uniform(-760, 720) / math.log(x)
    if c == 7:  # exact and halfway cases: short mantissas
        return rng.randint(1, 4096) / 2.0 ** rng.randint(0, 12), rng.randint(-32, 32) / 2.0 ** rng.randint(0, 3)
    if c == 8:  # subnormal bases
        return abs(any_bits(rng)) * 2.0 ** -1000 * 2.0 ** -60, -rng.random()
    return -rng.uniform(0, 100), float(rng.randint(-40, 40))  # negative bases


def main():
    count, seed = int(sys.argv[1]), int(sys.argv[2])
    rng = random.Random(seed)
    out = sys.stdout
    for k in range(count):
        x, y = gen(rng, k)
        if x < 0 and y != math.floor(y):
            x = -x
        py = enc_result(lambda: x ** y)
        cr = py
        if py[0] == 'f' and x != 0 and math.isfinite(x) and math.isfinite(y):
            cr = enc_result(lambda: correct_pow(x, y))
        out.write(json.dumps([enc_float(x), enc_float(y), py, cr]) + '\n')


main()
