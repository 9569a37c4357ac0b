# Linear algebra with lists of floats: matrix products, LU decomposition with partial
# pivoting, solving, determinants, inverses, Gram-Schmidt, power iteration, and errors.
import math


def zeros(n, m):
    return [[0.0] * m for _ in range(n)]


def identity(n):
    out = zeros(n, n)
    for i in range(n):
        out[i][i] = 1.0
    return out


def matmul(a, b):
    if len(a[0]) != len(b):
        raise ValueError(f"shape mismatch: {len(a)}x{len(a[0])} times {len(b)}x{len(b[0])}")
    bt = list(zip(*b))
    return [[sum(x * y for x, y in zip(row, col)) for col in bt] for row in a]


def transpose(a):
    return [list(r) for r in zip(*a)]


def lu(a):
    n = len(a)
    m = [row[:] for row in a]
    perm = list(range(n))
    sign = 1
    for k in range(n):
        p = max(range(k, n), key=lambda i: abs(m[i][k]))
        if abs(m[p][k]) < 1e-12:
            raise ZeroDivisionError("matrix is singular")
        if p != k:
            m[k], m[p] = m[p], m[k]
            perm[k], perm[p] = perm[p], perm[k]
            sign = -sign
        pivot = m[k][k]
        for i in range(k + 1, n):
            f = m[i][k] / pivot
            m[i][k] = f
            row_i, row_k = m[i], m[k]
            for j in range(k + 1, n):
                row_i[j] -= f * row_k[j]
    return m, perm, sign


def solve(a, b):
    m, perm, _ = lu(a)
    n = len(m)
    y = [0.0] * n
    for i in range(n):
        y[i] = b[perm[i]] - sum(m[i][j] * y[j] for j in range(i))
    x = [0.0] * n
    for i in reversed(range(n)):
        x[i] = (y[i] - sum(m[i][j] * x[j] for j in range(i + 1, n))) / m[i][i]
    return x


def det(a):
    m, _, sign = lu(a)
    return sign * math.prod(m[i][i] for i in range(len(m)))


def inverse(a):
    n = len(a)
    cols = [solve(a, [1.0 if i == j else 0.0 for i in range(n)]) for j in range(n)]
    return transpose(cols)


def gram_schmidt(vectors):
    basis = []
    for v in vectors:
        w = v[:]
        for b in basis:
            d = sum(x * y for x, y in zip(w, b))
            w = [x - d * y for x, y in zip(w, b)]
        norm = math.sqrt(sum(x * x for x in w))
        if norm > 1e-10:
            basis.append([x / norm for x in w])
    return basis


def power_iteration(a, steps):
    v = [1.0] * len(a)
    lam = 0.0
    for _ in range(steps):
        w = [sum(x * y for x, y in zip(row, v)) for row in a]
        lam = max(w, key=abs)
        v = [x / lam for x in w]
    return lam, v


def fmt(m, p=4):
    return "\n".join(" ".join(f"{x:{p + 5}.{p}f}" for x in row) for row in m)


def hilbert(n):
    return [[1.0 / (i + j + 1) for j in range(n)] for i in range(n)]


def lcg_matrix(n, seed):
    s = seed
    out = []
    for i in range(n):
        row = []
        for j in range(n):
            s = (s * 6364136223846793005 + 1442695040888963407) % 2 ** 64
            row.append(((s >> 33) % 2000) / 100.0 - 10.0)
        out.append(row)
    return out


a = lcg_matrix(4, 1)
print(fmt(a, 2))
print(round(det(a), 6), round(det(identity(5)), 6), round(det(hilbert(5)), 15))
inv = inverse(a)
prod = matmul(a, inv)
print(max(abs(prod[i][j] - (i == j)) for i in range(4) for j in range(4)) < 1e-9)
big = lcg_matrix(60, 7)
x_true = [float(i % 7 - 3) for i in range(60)]
b = [sum(r * x for r, x in zip(row, x_true)) for row in big]
x = solve(big, b)
print(max(abs(p - q) for p, q in zip(x, x_true)) < 1e-8, [round(v, 6) for v in x[:6]])
c = matmul(big, transpose(big))
print(round(c[0][0], 6), round(c[10][20], 6), round(sum(map(sum, c)), 4))
sym = [[(i + 1) * (j + 1) % 7 + (5.0 if i == j else 0.0) for j in range(8)] for i in range(8)]
sym = [[(sym[i][j] + sym[j][i]) / 2 for j in range(8)] for i in range(8)]
lam, v = power_iteration(sym, 200)
print(round(lam, 9), [round(t, 6) for t in v])
basis = gram_schmidt([[1.0, 1.0, 0.0], [1.0, 0.0, 1.0], [2.0, 1.0, 1.0], [0.0, 1.0, 1.0]])
print(len(basis), fmt(basis, 6))
print(fmt(matmul(basis, transpose(basis)), 3))
h = hilbert(6)
print(fmt(inverse(h), 1))
for _ in range(3):
    big = matmul(big, identity(60))
print(round(sum(sum(r) for r in big), 6))
try:
    matmul([[1.0, 2.0]], [[1.0, 2.0]])
except ValueError as e:
    print(type(e).__name__, e)
try:
    solve([[1.0, 2.0], [2.0, 4.0]], [1.0, 2.0])
except ZeroDivisionError as e:
    print(type(e).__name__, e)
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.hypot(3.0, 4.0), math.dist([0, 0], [1, 1]))
