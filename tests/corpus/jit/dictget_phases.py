# d.get(CONST) in a loop run in phases, each phase replacing or changing
# the dict under the traces: the root reads each key at a fixed entry;
# once a side trace finds a key moved, the tree's side traces probe the
# dict instead, and must still see every later change: other layouts,
# keys deleted and put back, values None, keys equal to the int but of
# another type (4.0, True), a key missing, a dict subclass, a rebinding
# to a non-dict.


def layout(p):
    ks = list(range(8))
    ks = ks[p % 8:] + ks[:p % 8]
    return {k: k * 10 + p for k in ks}


def run(phases, n, change=None):
    total = 0
    d = layout(0)
    for i in range(phases * n):
        if i % n == 0:
            d = layout(i // n)
        if change is not None:
            d = change(d, i, n)
        if i & 1:
            v = d.get(4)
        else:
            v = d.get(5, -5)
        if v is None:
            total -= 1
        else:
            total += v
        total += d.get(6, 0) + d.get(1, 100)
    return total


print(run(3, 500))
print(run(9, 500))


def delete_put_back(d, i, n):
    if i % n == n // 4:
        del d[4]
        del d[6]
    elif i % n == n // 2:
        d[6] = 66
        d[4] = 44
    return d


print(run(6, 500, delete_put_back))


def none_values(d, i, n):
    if i % n == n // 3:
        d[4] = None
        d[1] = None if False else 1
    return d


print(run(4, 500, none_values))


def equal_keys(d, i, n):
    if i % n == n // 2 and i // n == 2:
        return {4.0: 40, 5: 50, 6: 60, True: 7}
    if i % n == n // 2 and i // n == 3:
        return {True: 1, 6.0: 6, 5.0: 5, 4: 4}
    return d


print(run(5, 500, equal_keys))


class D(dict):
    def get(self, k, default=None):
        return 1000 + (dict.get(self, k, default) or 0)


def subclass(d, i, n):
    if i // n == 2 and i % n == 10:
        return D(d)
    return d


print(run(4, 500, subclass))


def cleared(d, i, n):
    if i % n == n // 5:
        d.clear()
    elif i % n == 3 * n // 5:
        for k in range(20, 40):
            d[k] = k
        d[5] = 5
    return d


print(run(4, 500, cleared))


class NotDict:
    def get(self, k, default=None):
        return k


def rebind(d, i, n):
    if i == 3 * n + 17:
        return NotDict()
    return d


print(run(4, 500, rebind))
