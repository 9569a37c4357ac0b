# Spectral norm of the infinite matrix A(i,j) = 1/((i+j)(i+j+1)/2+i+1) by power iteration.
def a_entry(i, j):
    s = i + j
    return 1.0 / (s * (s + 1) // 2 + i + 1)


def mul_av(v):
    n = len(v)
    return [sum(a_entry(i, j) * v[j] for j in range(n)) for i in range(n)]


def mul_atv(v):
    n = len(v)
    out = []
    for i in range(n):
        acc = 0.0
        for j in range(n):
            acc += a_entry(j, i) * v[j]
        out.append(acc)
    return out


def mul_atav(v):
    return mul_atv(mul_av(v))


def spectral(n, rounds):
    u = [1.0] * n
    v = None
    for _ in range(rounds):
        v = mul_atav(u)
        u = mul_atav(v)
    vbv = vv = 0.0
    for ue, ve in zip(u, v):
        vbv += ue * ve
        vv += ve * ve
    return (vbv / vv) ** 0.5


for n in (10, 50, 90):
    print(n, "%.9f" % spectral(n, 10))
print(repr(spectral(7, 3)))
