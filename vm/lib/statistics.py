"""Basic statistics (hotloop's own implementation of part of CPython 3.11's
statistics module): mean, fmean, median, median_low, median_high, mode,
multimode, variance, pvariance, stdev, pstdev. Sums are exact (Fractions
grouped by denominator) and results are converted back to the data's type,
so results equal CPython's to the last bit; stdev and pstdev take a
correctly rounded square root of the exact ratio.
"""

import math
from fractions import Fraction

__all__ = ['StatisticsError', 'fmean', 'mean', 'median', 'median_high',
           'median_low', 'mode', 'multimode', 'pstdev', 'pvariance',
           'stdev', 'variance']


class StatisticsError(ValueError):
    pass


def _ratio(x):
    """(numerator, denominator) of x exactly; denominator None for a
    NaN or an infinity."""
    if isinstance(x, float):
        if math.isnan(x) or math.isinf(x):
            return (x, None)
        return x.as_integer_ratio()
    if isinstance(x, (int, Fraction)):
        return (x.numerator, x.denominator)
    try:
        return x.as_integer_ratio()
    except AttributeError:
        raise TypeError("can't convert type '%s' to numerator/denominator"
                        % type(x).__name__) from None


def _coerce(T, S):
    if T is S:
        return T
    if S is int or S is bool:
        return T
    if T is int:
        return S
    if issubclass(S, T):
        return S
    if issubclass(T, S):
        return T
    if issubclass(T, int):
        return S
    if issubclass(S, int):
        return T
    if issubclass(T, Fraction) and issubclass(S, float):
        return S
    if issubclass(T, float) and issubclass(S, Fraction):
        return T
    raise TypeError("don't know how to coerce %s and %s" % (T.__name__, S.__name__))


def _sum(data):
    """(type, exact total, count) of data."""
    count = 0
    types = set()
    partials = {}
    special = None
    for x in data:
        types.add(type(x))
        n, d = _ratio(x)
        count += 1
        if d is None:
            special = n if special is None else special + n
            continue
        partials[d] = partials.get(d, 0) + n
    T = int
    for t in types:
        T = _coerce(T, t)
    if special is not None:
        return (T, special, count)
    total = sum((Fraction(n, d) for d, n in partials.items()), Fraction(0))
    return (T, total, count)


def _convert(value, T):
    if type(value) is T:
        return value
    if issubclass(T, int) and value.denominator != 1:
        T = float
    try:
        return T(value)
    except TypeError:
        if issubclass(T, Fraction):
            return T(value.numerator, value.denominator)
        raise


def mean(data):
    """The arithmetic mean, computed exactly and returned in the data's
    type (float for ints that do not divide evenly)."""
    T, total, n = _sum(data)
    if n < 1:
        raise StatisticsError('mean requires at least one data point')
    if not isinstance(total, Fraction):
        return T(total / n)
    return _convert(total / n, T)


def fmean(data, weights=None):
    """The mean of data converted to floats (fast, not exact)."""
    if weights is None:
        try:
            n = len(data)
        except TypeError:
            data = list(data)
            n = len(data)
        if n == 0:
            raise StatisticsError('fmean requires at least one data point')
        return math.fsum(data) / n
    data = list(data)
    weights = list(weights)
    if len(weights) != len(data):
        raise StatisticsError('data and weights must be the same length')
    num = math.fsum(x * w for x, w in zip(data, weights))
    den = math.fsum(weights)
    if not den:
        raise StatisticsError('sum of weights must be non-zero')
    return num / den


def median(data):
    """The middle value, or the mean of the two middle values."""
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError('no median for empty data')
    if n % 2 == 1:
        return data[n // 2]
    i = n // 2
    return (data[i - 1] + data[i]) / 2


def median_low(data):
    """The smaller of the two middle values (or the middle one)."""
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError('no median for empty data')
    if n % 2 == 1:
        return data[n // 2]
    return data[n // 2 - 1]


def median_high(data):
    """The larger of the two middle values (or the middle one)."""
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError('no median for empty data')
    return data[n // 2]


def _counts(data):
    counts = {}
    for x in data:
        counts[x] = counts.get(x, 0) + 1
    return counts


def mode(data):
    """The most common value (the first one seen among ties)."""
    counts = _counts(data)
    if not counts:
        raise StatisticsError('no mode for empty data')
    best, best_n = None, -1
    for x, c in counts.items():
        if c > best_n:
            best, best_n = x, c
    return best


def multimode(data):
    """The list of the most common values, in first-seen order."""
    counts = _counts(data)
    if not counts:
        return []
    top = max(counts.values())
    return [x for x, c in counts.items() if c == top]


def _ss(data, c=None):
    """(type, exact sum of squared deviations, mean, count)."""
    if c is not None:
        T, ssd, count = _sum((x - c) * (x - c) for x in data)
        return (T, ssd, c, count)
    count = 0
    types = set()
    sx = {}
    sxx = {}
    special = None
    for x in data:
        types.add(type(x))
        n, d = _ratio(x)
        count += 1
        if d is None:
            special = n if special is None else special + n
            continue
        sx[d] = sx.get(d, 0) + n
        sxx[d] = sxx.get(d, 0) + n * n
    T = int
    for t in types:
        T = _coerce(T, t)
    if not count:
        ssd = c = Fraction(0)
    elif special is not None:
        ssd = c = special
    else:
        total = sum((Fraction(n, d) for d, n in sx.items()), Fraction(0))
        total2 = sum((Fraction(n, d * d) for d, n in sxx.items()), Fraction(0))
        ssd = (count * total2 - total * total) / count
        c = total / count
    return (T, ssd, c, count)


def variance(data, xbar=None):
    """The sample variance (divided by n - 1)."""
    T, ss, c, n = _ss(data, xbar)
    if n < 2:
        raise StatisticsError('variance requires at least two data points')
    if not isinstance(ss, Fraction):
        return T(ss)
    return _convert(ss / (n - 1), T)


def pvariance(data, mu=None):
    """The population variance (divided by n)."""
    T, ss, c, n = _ss(data, mu)
    if n < 1:
        raise StatisticsError('pvariance requires at least one data point')
    if not isinstance(ss, Fraction):
        return T(ss)
    return _convert(ss / n, T)


def _isqrt_frac_odd(n, m):
    """isqrt(n // m), with its last bit set when inexact (round to odd)."""
    a = math.isqrt(n // m)
    return a | (a * a * m != n)


def _sqrt_frac(n, m):
    """The square root of n/m as a correctly rounded float."""
    width = 2 * 53 + 3
    q = (n.bit_length() - m.bit_length() - width) // 2
    if q >= 0:
        return float(_isqrt_frac_odd(n, m << 2 * q) << q)
    return _isqrt_frac_odd(n << -2 * q, m) / (1 << -q)


def stdev(data, xbar=None):
    """The sample standard deviation."""
    T, ss, c, n = _ss(data, xbar)
    if n < 2:
        raise StatisticsError('stdev requires at least two data points')
    if not isinstance(ss, Fraction):
        return float(ss)
    mss = ss / (n - 1)
    return _sqrt_frac(mss.numerator, mss.denominator)


def pstdev(data, mu=None):
    """The population standard deviation."""
    T, ss, c, n = _ss(data, mu)
    if n < 1:
        raise StatisticsError('pstdev requires at least one data point')
    if not isinstance(ss, Fraction):
        return float(ss)
    mss = ss / n
    return _sqrt_frac(mss.numerator, mss.denominator)
