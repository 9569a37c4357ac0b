"""Rational numbers (hotloop's own implementation of CPython 3.11's
fractions.Fraction): construction from ints, floats, Decimals-like pairs
and strings, exact arithmetic with ints and mixed float results,
comparisons, hashing equal to equal ints and floats, limit_denominator,
str and repr as CPython's.
"""

import math
import sys

__all__ = ['Fraction']

_PyHASH_MODULUS = sys.hash_info.modulus if hasattr(sys, 'hash_info') else (1 << 61) - 1
_PyHASH_INF = 314159


def _parse(s):
    """(numerator, denominator) of a fraction string, or None."""
    s = s.strip()
    if not s:
        return None
    sign = 1
    if s[0] in '+-':
        if s[0] == '-':
            sign = -1
        s = s[1:]
    if '/' in s:
        num, _, den = s.partition('/')
        num, den = num.strip(), den.strip()
        if not num or not den:
            return None
        if not _is_digits(num) or not _is_digits(den):
            return None
        return sign * int(num.replace('_', '')), int(den.replace('_', ''))
    mant, exp = s, 0
    for e in 'eE':
        if e in s:
            mant, _, exps = s.partition(e)
            if not exps:
                return None
            esign = 1
            if exps[0] in '+-':
                esign = -1 if exps[0] == '-' else 1
                exps = exps[1:]
            if not _is_digits(exps):
                return None
            exp = esign * int(exps.replace('_', ''))
            break
    intpart, dot, frac = mant.partition('.')
    if not intpart and not frac:
        return None
    if intpart and not _is_digits(intpart) or frac and not _is_digits(frac):
        return None
    num = int((intpart + frac).replace('_', '') or '0')
    den = 1
    if frac:
        den = 10 ** len(frac.replace('_', ''))
    if exp >= 0:
        num *= 10 ** exp
    else:
        den *= 10 ** -exp
    return sign * num, den


def _is_digits(s):
    if not s or s[0] == '_' or s[-1] == '_' or '__' in s:
        return False
    return all(c.isdigit() or c == '_' for c in s)


def _zero_div_num(na, da, db):
    """The numerator CPython's message shows for (na/da) / (0/db): the
    operands are reduced by their gcds before the division fails."""
    g1 = math.gcd(na, 0)
    if g1 > 1:
        na //= g1
    g2 = math.gcd(db, da)
    if g2 > 1:
        db //= g2
    return na * db


class Fraction:
    """Fraction(numerator=0, denominator=1), Fraction(other_fraction),
    Fraction(float), Fraction('3/7'), Fraction('1.25e-3')."""

    __slots__ = ('_numerator', '_denominator')

    def __new__(cls, numerator=0, denominator=None, *, _normalize=True):
        self = object.__new__(cls)
        if denominator is None:
            if type(numerator) is int or isinstance(numerator, int):
                self._numerator = int(numerator)
                self._denominator = 1
                return self
            elif isinstance(numerator, Fraction):
                self._numerator = numerator._numerator
                self._denominator = numerator._denominator
                return self
            elif isinstance(numerator, float):
                n, d = numerator.as_integer_ratio()
                self._numerator, self._denominator = n, d
                return self
            elif isinstance(numerator, str):
                parsed = _parse(numerator)
                if parsed is None:
                    raise ValueError('Invalid literal for Fraction: %r' % numerator)
                numerator, denominator = parsed
            elif hasattr(numerator, 'as_integer_ratio'):
                n, d = numerator.as_integer_ratio()
                self._numerator, self._denominator = n, d
                return self
            else:
                raise TypeError('argument should be a string or a Rational instance')
        elif type(numerator) is int and type(denominator) is int:
            pass
        elif isinstance(numerator, (int, Fraction)) and isinstance(denominator, (int, Fraction)):
            if isinstance(numerator, Fraction) or isinstance(denominator, Fraction):
                n1, d1 = (numerator._numerator, numerator._denominator) if isinstance(numerator, Fraction) else (numerator, 1)
                n2, d2 = (denominator._numerator, denominator._denominator) if isinstance(denominator, Fraction) else (denominator, 1)
                numerator, denominator = n1 * d2, d1 * n2
            else:
                numerator, denominator = int(numerator), int(denominator)
        else:
            raise TypeError('both arguments should be Rational instances')
        if denominator == 0:
            raise ZeroDivisionError('Fraction(%s, 0)' % numerator)
        if _normalize:
            g = math.gcd(numerator, denominator)
            if denominator < 0:
                g = -g
            numerator //= g
            denominator //= g
        self._numerator = numerator
        self._denominator = denominator
        return self

    @classmethod
    def from_float(cls, f):
        """The exact value of float f."""
        if isinstance(f, int):
            return cls(f)
        if not isinstance(f, float):
            raise TypeError('%s.from_float() only takes floats, not %r (%s)'
                            % (cls.__name__, f, type(f).__name__))
        return cls(*f.as_integer_ratio())

    @classmethod
    def from_decimal(cls, dec):
        return cls(*dec.as_integer_ratio())

    def as_integer_ratio(self):
        return (self._numerator, self._denominator)

    def limit_denominator(self, max_denominator=1000000):
        """The closest Fraction with denominator at most max_denominator."""
        if max_denominator < 1:
            raise ValueError('max_denominator should be at least 1')
        if self._denominator <= max_denominator:
            return Fraction(self)
        p0, q0, p1, q1 = 0, 1, 1, 0
        n, d = self._numerator, self._denominator
        while True:
            a = n // d
            q2 = q0 + a * q1
            if q2 > max_denominator:
                break
            p0, q0, p1, q1 = p1, q1, p0 + a * p1, q2
            n, d = d, n - a * d
        k = (max_denominator - q0) // q1
        if 2 * d * (q0 + k * q1) <= self._denominator:
            return Fraction(p1, q1, _normalize=False)
        return Fraction(p0 + k * p1, q0 + k * q1, _normalize=False)

    @property
    def numerator(a):
        return a._numerator

    @property
    def denominator(a):
        return a._denominator

    def __repr__(self):
        return '%s(%s, %s)' % (self.__class__.__name__, self._numerator, self._denominator)

    def __str__(self):
        if self._denominator == 1:
            return str(self._numerator)
        return '%s/%s' % (self._numerator, self._denominator)

    def _operands(self, other):
        if isinstance(other, Fraction):
            return other._numerator, other._denominator
        if isinstance(other, int):
            return int(other), 1
        return None

    def __add__(a, b):
        o = a._operands(b)
        if o is not None:
            return Fraction(a._numerator * o[1] + o[0] * a._denominator, a._denominator * o[1])
        if isinstance(b, float):
            return float(a) + b
        if isinstance(b, complex):
            return complex(float(a)) + b
        return NotImplemented

    def __radd__(b, a):
        o = b._operands(a)
        if o is not None:
            return Fraction(o[0] * b._denominator + b._numerator * o[1], o[1] * b._denominator)
        if isinstance(a, float):
            return a + float(b)
        if isinstance(a, complex):
            return a + complex(float(b))
        return NotImplemented

    def __sub__(a, b):
        o = a._operands(b)
        if o is not None:
            return Fraction(a._numerator * o[1] - o[0] * a._denominator, a._denominator * o[1])
        if isinstance(b, float):
            return float(a) - b
        if isinstance(b, complex):
            return complex(float(a)) - b
        return NotImplemented

    def __rsub__(b, a):
        o = b._operands(a)
        if o is not None:
            return Fraction(o[0] * b._denominator - b._numerator * o[1], o[1] * b._denominator)
        if isinstance(a, float):
            return a - float(b)
        if isinstance(a, complex):
            return a - complex(float(b))
        return NotImplemented

    def __mul__(a, b):
        o = a._operands(b)
        if o is not None:
            return Fraction(a._numerator * o[0], a._denominator * o[1])
        if isinstance(b, float):
            return float(a) * b
        if isinstance(b, complex):
            return complex(float(a)) * b
        return NotImplemented

    def __rmul__(b, a):
        o = b._operands(a)
        if o is not None:
            return Fraction(o[0] * b._numerator, o[1] * b._denominator)
        if isinstance(a, float):
            return a * float(b)
        if isinstance(a, complex):
            return a * complex(float(b))
        return NotImplemented

    def __truediv__(a, b):
        o = a._operands(b)
        if o is not None:
            if o[0] == 0:
                raise ZeroDivisionError('Fraction(%s, 0)' % _zero_div_num(
                    a._numerator, a._denominator, o[1]))
            return Fraction(a._numerator * o[1], a._denominator * o[0])
        if isinstance(b, float):
            return float(a) / b
        if isinstance(b, complex):
            return complex(float(a)) / b
        return NotImplemented

    def __rtruediv__(b, a):
        o = b._operands(a)
        if o is not None:
            if b._numerator == 0:
                raise ZeroDivisionError('Fraction(%s, 0)' % _zero_div_num(
                    o[0], o[1], b._denominator))
            return Fraction(o[0] * b._denominator, o[1] * b._numerator)
        if isinstance(a, float):
            return a / float(b)
        if isinstance(a, complex):
            return a / complex(float(b))
        return NotImplemented

    def __floordiv__(a, b):
        o = a._operands(b)
        if o is not None:
            return (a._numerator * o[1]) // (a._denominator * o[0])
        if isinstance(b, float):
            return float(a) // b
        return NotImplemented

    def __rfloordiv__(b, a):
        o = b._operands(a)
        if o is not None:
            return (o[0] * b._denominator) // (o[1] * b._numerator)
        if isinstance(a, float):
            return a // float(b)
        return NotImplemented

    def __divmod__(a, b):
        o = a._operands(b)
        if o is not None:
            da, db = a._denominator, o[1]
            div, n_mod = divmod(a._numerator * db, da * o[0])
            return div, Fraction(n_mod, da * db)
        if isinstance(b, float):
            return divmod(float(a), b)
        return NotImplemented

    def __rdivmod__(b, a):
        o = b._operands(a)
        if o is not None:
            return divmod(Fraction(o[0], o[1]), b)
        if isinstance(a, float):
            return divmod(a, float(b))
        return NotImplemented

    def __mod__(a, b):
        o = a._operands(b)
        if o is not None:
            da, db = a._denominator, o[1]
            return Fraction((a._numerator * db) % (o[0] * da), da * db)
        if isinstance(b, float):
            return float(a) % b
        return NotImplemented

    def __rmod__(b, a):
        o = b._operands(a)
        if o is not None:
            return Fraction(o[0], o[1]) % b
        if isinstance(a, float):
            return a % float(b)
        return NotImplemented

    def __pow__(a, b):
        if isinstance(b, int) or isinstance(b, Fraction) and b._denominator == 1:
            power = int(b) if isinstance(b, int) else b._numerator
            if power >= 0:
                return Fraction(a._numerator ** power, a._denominator ** power, _normalize=False)
            if a._numerator == 0:
                raise ZeroDivisionError('Fraction(%s, 0)' % (a._denominator ** -power))
            if a._numerator > 0:
                return Fraction(a._denominator ** -power, a._numerator ** -power, _normalize=False)
            return Fraction((-a._denominator) ** -power, (-a._numerator) ** -power, _normalize=False)
        if isinstance(b, (float, complex, Fraction)):
            return float(a) ** (float(b) if isinstance(b, Fraction) else b)
        return NotImplemented

    def __rpow__(b, a):
        if b._denominator == 1 and b._numerator >= 0:
            return a ** b._numerator
        if isinstance(a, int):
            return Fraction(a) ** b
        if b._denominator == 1:
            return a ** b._numerator
        return a ** float(b)

    def __pos__(a):
        return Fraction(a._numerator, a._denominator, _normalize=False)

    def __neg__(a):
        return Fraction(-a._numerator, a._denominator, _normalize=False)

    def __abs__(a):
        return Fraction(abs(a._numerator), a._denominator, _normalize=False)

    def __int__(a):
        if a._numerator < 0:
            return -(-a._numerator // a._denominator)
        return a._numerator // a._denominator

    def __trunc__(a):
        return a.__int__()

    def __floor__(a):
        return a._numerator // a._denominator

    def __ceil__(a):
        return -(-a._numerator // a._denominator)

    def __round__(self, ndigits=None):
        if ndigits is None:
            floor, remainder = divmod(self._numerator, self._denominator)
            if remainder * 2 < self._denominator:
                return floor
            elif remainder * 2 > self._denominator:
                return floor + 1
            elif floor % 2 == 0:
                return floor
            return floor + 1
        shift = 10 ** abs(ndigits)
        if ndigits > 0:
            return Fraction(round(self * shift), shift)
        return Fraction(round(self / shift) * shift)

    def __float__(a):
        n, d = a._numerator, a._denominator
        try:
            return n / d
        except OverflowError:
            return float(n // d)

    def __hash__(self):
        try:
            dinv = pow(self._denominator, -1, _PyHASH_MODULUS)
        except ValueError:
            hash_ = _PyHASH_INF
        else:
            hash_ = hash(hash(abs(self._numerator)) * dinv)
        result = hash_ if self._numerator >= 0 else -hash_
        return -2 if result == -1 else result

    def __eq__(a, b):
        if isinstance(b, Fraction):
            return a._numerator == b._numerator and a._denominator == b._denominator
        if isinstance(b, int):
            return a._numerator == b and a._denominator == 1
        if isinstance(b, complex) and b.imag == 0:
            b = b.real
        if isinstance(b, float):
            if math.isnan(b) or math.isinf(b):
                return 0.0 == b
            return a == a.from_float(b)
        return NotImplemented

    def _richcmp(self, other, op):
        if isinstance(other, (int, Fraction)):
            o = self._operands(other)
            return op(self._numerator * o[1], self._denominator * o[0])
        if isinstance(other, float):
            if math.isnan(other) or math.isinf(other):
                return op(0.0, other)
            return op(self, self.from_float(other))
        return NotImplemented

    def __lt__(a, b):
        return a._richcmp(b, lambda x, y: x < y)

    def __gt__(a, b):
        return a._richcmp(b, lambda x, y: x > y)

    def __le__(a, b):
        return a._richcmp(b, lambda x, y: x <= y)

    def __ge__(a, b):
        return a._richcmp(b, lambda x, y: x >= y)

    def __bool__(a):
        return bool(a._numerator)

    def __reduce__(self):
        return (self.__class__, (self._numerator, self._denominator))

    def __copy__(self):
        if type(self) == Fraction:
            return self
        return self.__class__(self._numerator, self._denominator)

    def __deepcopy__(self, memo):
        return self.__copy__()


# Fraction is a Rational (CPython derives it from numbers.Rational).
import numbers as _numbers
_numbers.Rational.register(Fraction)
