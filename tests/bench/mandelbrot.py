# mandelbrot: escape-time iteration over a grid of complex points written with
# float pairs; tight float loops with comparisons and early exits.
def mandel(w, h, max_iter):
    total = 0
    for py in range(h):
        ci = py * 2.0 / h - 1.0
        for px in range(w):
            cr = px * 3.0 / w - 2.0
            zr = zi = 0.0
            i = 0
            while i < max_iter:
                zr2 = zr * zr
                zi2 = zi * zi
                if zr2 + zi2 > 4.0:
                    break
                zi = 2.0 * zr * zi + ci
                zr = zr2 - zi2 + cr
                i += 1
            total += i
    return total

print("checksum", mandel(480, 360, 100))
