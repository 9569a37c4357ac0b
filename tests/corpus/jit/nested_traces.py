# Outer loops whose traces call the traces of their inner loops: the inner
# loop ends normally, by break, by an exception, or by a guard failing in
# the middle (a value of another type); three levels of nesting; list
# iterators made inside the outer trace; inner loops in a function called
# from the outer one are not traced through.


def grid(n, m):
    total = 0
    for i in range(n):
        for j in range(m):
            total += i * j
    return total


def escape(w, h, limit):
    count = 0
    for y in range(h):
        for x in range(w):
            zr = zi = 0.0
            cr, ci = x / w * 3 - 2, y / h * 2 - 1
            k = 0
            while k < limit:
                zr, zi = zr * zr - zi * zi + cr, 2 * zr * zi + ci
                if zr * zr + zi * zi > 4:
                    break
                k += 1
            count += k
    return count


def rows(matrix):
    out = 0.0
    for row in matrix:
        for v in row:
            out += v
    return out


def three(n):
    s = 0
    for a in range(n):
        for b in range(n):
            for c in range(n):
                s += a ^ b ^ c
    return s


def changing(n, bad_at):
    data = [[1] * 50 for _ in range(n)]
    data[bad_at][25] = 0.5
    s = 0
    for row in data:
        for v in row:
            s += v
    return s


def raising(n):
    s = 0
    for i in range(n):
        for j in range(50):
            s += 100 // (j - i + 60)
    return s


print(grid(300, 40))
print(escape(60, 40, 50))
print(rows([[i * 0.5 + j for j in range(30)] for i in range(200)]))
print(three(30))
print(changing(300, 200))
print(changing(300, 5))
try:
    print(raising(200))
except ZeroDivisionError as e:
    print(type(e).__name__, e)
for rep in range(3):
    print(rep, grid(100 + rep, 30), rows([[1.5] * 40] * (50 + rep)))
