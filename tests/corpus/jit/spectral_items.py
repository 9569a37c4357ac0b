# List item reads in traces (a tag and a payload read of one item, one
# bounds check): mixed int/float lists whose tag guard fails mid-loop,
# negative indexes, an index past the end raising IndexError inside a
# traced loop, a list that shrinks while the loop runs, and the
# spectral_norm inner loop itself.

def eval_a(i, j):
    return 1.0 / ((i + j) * (i + j + 1) // 2 + i + 1)


def mul_av(v, n):
    out = []
    for i in range(n):
        s = 0.0
        for j in range(n):
            s += eval_a(i, j) * v[j]
        out.append(s)
    return out


def mixed(v, n):
    t = 0.0
    for k in range(n):
        t += v[k % len(v)] * 0.5
    return t


def negative(v, n):
    t = 0
    for k in range(1, n):
        t += v[-(k % len(v)) - 1]
    return t


def past_end(v, n):
    t = 0.0
    try:
        for k in range(n):
            t += v[k]
    except IndexError as e:
        return t, "IndexError", str(e)
    return t, None


def shrinking(v):
    t = 0.0
    k = 0
    while k < len(v):
        t += v[k]
        if k % 97 == 96:
            v.pop()
        k += 1
    return t, len(v)


def big_index(v, n):
    # index values near the int64 edges go through the same bounds check
    t = 0
    for k in range(n):
        idx = k % 3
        if k == n - 1:
            idx = -9223372036854775807
        try:
            t += v[idx]
        except IndexError:
            t -= 1
    return t


u = [1.0] * 200
for _ in range(3):
    u = mul_av(u, 200)
print("%.9f" % sum(u))
f = [float(x) / 7 for x in range(500)]
f[300] = 3  # an int among floats: the tag guard fails there
print("%.6f" % mixed(f, 5000))
print(negative(list(range(50)), 5000))
print(past_end([0.25] * 1500, 3000))
print(shrinking([float(x) for x in range(3000)]))
print(big_index([5, 6, 7], 4000))
