# colorsys: every conversion on edge cases of each branch and on a grid
# of pseudo-random colours; repr() shows whether results are bit-exact.
import colorsys

print(colorsys.__all__)
print(repr(colorsys.ONE_THIRD), repr(colorsys.ONE_SIXTH), repr(colorsys.TWO_THIRD))

EDGES = [
    (0.0, 0.0, 0.0), (1.0, 1.0, 1.0), (0.5, 0.5, 0.5), (1.0, 0.0, 0.0),
    (0.0, 1.0, 0.0), (0.0, 0.0, 1.0), (1.0, 1.0, 0.0), (0.0, 1.0, 1.0),
    (1.0, 0.0, 1.0), (0.2, 0.4, 0.4), (0.4, 0.2, 0.4), (0.4, 0.4, 0.2),
    (0.1, 0.2, 0.3), (0.3, 0.2, 0.1), (0.9, 0.8, 0.7), (0.25, 0.5, 0.75),
    (0.6, 0.6, 0.600001), (1e-300, 0.0, 0.0), (0.999, 1.0, 0.998),
    (1, 0, 0), (0, 0, 0), (2, 2, 2), (1, 1, 0), (-0.5, 0.2, 1.5),
    (0.7, 0.3, 0.0), (0.3, 0.7, 0.5),
]
for c in EDGES:
    print(c)
    print(' yiq', repr(colorsys.rgb_to_yiq(*c)),
          repr(colorsys.yiq_to_rgb(*colorsys.rgb_to_yiq(*c))))
    print(' hls', repr(colorsys.rgb_to_hls(*c)),
          repr(colorsys.hls_to_rgb(*colorsys.rgb_to_hls(*c))))
    print(' hsv', repr(colorsys.rgb_to_hsv(*c)),
          repr(colorsys.hsv_to_rgb(*colorsys.rgb_to_hsv(*c))))

# The inverse conversions directly, including clamping and every sector.
for y, i, q in [(0.5, 0.6, 0.6), (0.5, -0.6, -0.6), (1.2, 0.0, 0.0),
                (-0.1, 0.0, 0.0), (0.3, 0.1, -0.2), (2, 1, 1)]:
    print('yiq->rgb', repr(colorsys.yiq_to_rgb(y, i, q)))
for k in range(-7, 20):
    h = k / 12.0
    print('h', repr(h), repr(colorsys.hsv_to_rgb(h, 0.5, 0.8)),
          repr(colorsys.hls_to_rgb(h, 0.3, 0.6)),
          repr(colorsys.hls_to_rgb(h, 0.7, 0.6)))
for args in [(0.3, 0.0, 0.4), (0.3, 0, 7), (0.2, 1.0, 1.0), (1.0, 1.0, 1.0),
             (0.999999, 0.5, 0.5), (1/6, 1.0, 1.0), (0.5, 0.5, 0.0)]:
    print('hsv->rgb', args, repr(colorsys.hsv_to_rgb(*args)))
    print('hls->rgb', args, repr(colorsys.hls_to_rgb(*args)))

for bad in [(float('nan'), 0.5, 0.5), (float('inf'), 0.5, 0.5)]:
    try:
        print(colorsys.hsv_to_rgb(*bad))
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
for fn, args in [(colorsys.rgb_to_hsv, (-1.0, -1.0, 0.0)),
                 (colorsys.rgb_to_hls, (-1.0, 1.0, 0.0)),
                 (colorsys.rgb_to_hls, (1.0, 0.5, 1.5))]:
    try:
        print(fn.__name__, repr(fn(*args)))
    except ZeroDivisionError as e:
        print(fn.__name__, type(e).__name__, e)
try:
    colorsys.rgb_to_hsv(0.0, 0.0, 'x')
except TypeError as e:
    print(type(e).__name__, e)

seed = 99
def rnd():
    global seed
    seed = (seed * 1103515245 + 12345) % 2147483648
    return (seed % 1000003) / 1000003.0

for _ in range(200):
    c = (rnd(), rnd(), rnd())
    hls = colorsys.rgb_to_hls(*c)
    hsv = colorsys.rgb_to_hsv(*c)
    yiq = colorsys.rgb_to_yiq(*c)
    print(repr(c), repr(hls), repr(hsv), repr(yiq))
    print(' ', repr(colorsys.hls_to_rgb(*hls)), repr(colorsys.hsv_to_rgb(*hsv)),
          repr(colorsys.yiq_to_rgb(*yiq)))
