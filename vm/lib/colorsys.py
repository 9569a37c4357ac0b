"""Conversions between colour systems (hotloop's own implementation of
CPython 3.11's colorsys): RGB to and from YIQ, HLS and HSV.

All coordinates are floats in [0, 1] (YIQ's I and Q may be negative).
The formulas are the documented ones; each floating-point operation is
done in the same order as CPython does it so that results agree to the
last bit (float arithmetic is not associative). In particular
rgb_to_hls computes a light colour's saturation with 2.0 - max - min,
not 2.0 - (max + min), as 3.11.7 does since gh-106498.
"""

__all__ = ["rgb_to_yiq", "yiq_to_rgb", "rgb_to_hls", "hls_to_rgb",
           "rgb_to_hsv", "hsv_to_rgb"]

ONE_THIRD = 1.0 / 3.0
ONE_SIXTH = 1.0 / 6.0
TWO_THIRD = 2.0 / 3.0


def _clamp01(x):
    if x < 0.0:
        x = 0.0
    if x > 1.0:
        x = 1.0
    return x


def rgb_to_yiq(r, g, b):
    """Convert RGB to YIQ (NTSC luma and chroma)."""
    y = 0.30 * r + 0.59 * g + 0.11 * b
    dr = r - y
    db = b - y
    return (y, 0.74 * dr - 0.27 * db, 0.48 * dr + 0.41 * db)


def yiq_to_rgb(y, i, q):
    """Convert YIQ to RGB, clamping each channel to [0, 1]."""
    # The coefficients are the inverse of rgb_to_yiq's matrix.
    r = y + 0.9468822170900693 * i + 0.6235565819861433 * q
    g = y - 0.27478764629897834 * i - 0.6356910791873801 * q
    b = y - 1.1085450346420322 * i + 1.7090069284064666 * q
    return (_clamp01(r), _clamp01(g), _clamp01(b))


def _hue(r, g, b, hi, span):
    """The hue shared by HLS and HSV, for a colour that is not grey."""
    rc = (hi - r) / span
    gc = (hi - g) / span
    bc = (hi - b) / span
    if r == hi:
        h = bc - gc
    elif g == hi:
        h = 2.0 + rc - bc
    else:
        h = 4.0 + gc - rc
    return (h / 6.0) % 1.0


def rgb_to_hls(r, g, b):
    """Convert RGB to hue, lightness, saturation."""
    hi = max(r, g, b)
    lo = min(r, g, b)
    total = hi + lo
    span = hi - lo
    light = total / 2.0
    if lo == hi:
        return 0.0, light, 0.0
    if light <= 0.5:
        sat = span / total
    else:
        # Not 2.0 - total: that sum may have been rounded (gh-106498).
        sat = span / (2.0 - hi - lo)
    return _hue(r, g, b, hi, span), light, sat


def _channel(m1, m2, hue):
    hue = hue % 1.0
    if hue < ONE_SIXTH:
        return m1 + (m2 - m1) * hue * 6.0
    if hue < 0.5:
        return m2
    if hue < TWO_THIRD:
        return m1 + (m2 - m1) * (TWO_THIRD - hue) * 6.0
    return m1


def hls_to_rgb(h, l, s):
    """Convert hue, lightness, saturation to RGB."""
    if s == 0.0:
        return l, l, l
    if l <= 0.5:
        m2 = l * (1.0 + s)
    else:
        m2 = l + s - (l * s)
    m1 = 2.0 * l - m2
    return (_channel(m1, m2, h + ONE_THIRD), _channel(m1, m2, h),
            _channel(m1, m2, h - ONE_THIRD))


def rgb_to_hsv(r, g, b):
    """Convert RGB to hue, saturation, value."""
    hi = max(r, g, b)
    lo = min(r, g, b)
    span = hi - lo
    if lo == hi:
        return 0.0, 0.0, hi
    sat = span / hi
    return _hue(r, g, b, hi, span), sat, hi


def hsv_to_rgb(h, s, v):
    """Convert hue, saturation, value to RGB."""
    if s == 0.0:
        return v, v, v
    sector = int(h * 6.0)
    frac = (h * 6.0) - sector
    p = v * (1.0 - s)
    q = v * (1.0 - s * frac)
    t = v * (1.0 - s * (1.0 - frac))
    sector = sector % 6
    if sector == 0:
        return v, t, p
    if sector == 1:
        return q, v, p
    if sector == 2:
        return p, v, t
    if sector == 3:
        return p, q, v
    if sector == 4:
        return t, p, v
    return v, p, q
