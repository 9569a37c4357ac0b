# Calls that leave parameters to their defaults, inlined in traces: the
# defaults tuple is loaded from the function (its length and item tags
# guarded), so __defaults__ reassigned mid-loop, defaults of other types,
# mutable list defaults, defaults removed (TypeError) and keyword-only
# parameters (not inlined) all behave as in CPython.
def f(x, k=2, off=0.5):
    return x * k + off


def basic(n):
    s = 0.0
    for i in range(n):
        s += f(i) + f(i, 3) + f(i, 1, 1)
    return s


print("basic", basic(4000))


def reassigned(n):
    s = 0.0
    for i in range(n):
        s += f(i)
        if i == n // 4:
            f.__defaults__ = (10, 1.0)
        if i == n // 2:
            f.__defaults__ = (3, 7, 2.5)
        if i == 3 * n // 4:
            f.__defaults__ = (7, 2)
    f.__defaults__ = (2, 0.5)
    return s


print("reassigned", reassigned(8000))


def removed(n):
    def g(a, b=1):
        return a + b
    s = 0
    try:
        for i in range(n):
            s += g(i)
            if i == n // 2:
                g.__defaults__ = None
    except TypeError as e:
        print(type(e).__name__, e)
    return s


print("removed", removed(3000))


def churn(n):
    # a new defaults tuple every iteration: old ones are collected and
    # their blocks reused, the trace still reads the current one
    def g(a, b=0):
        return a + b
    s = 0
    for i in range(n):
        if i % 50 == 0:
            g.__defaults__ = (i % 7,)
            junk = [(j,) for j in range(20)]
        s += g(i)
    return s


print("churn", churn(5000))


def append_to(x, acc=[]):
    acc.append(x)
    return len(acc)


def mutable(n):
    s = 0
    for i in range(n):
        s += append_to(i)
    return s, len(append_to.__defaults__[0]), append_to.__defaults__[0][-3:]


print("mutable", mutable(3000))


def read_default(i, box=[0]):
    return box[0] + i


def mutated_default(n):
    s = 0
    box = read_default.__defaults__[0]
    for i in range(n):
        s += read_default(i)
        if i % 1000 == 0:
            box[0] += 1
    return s


print("mutated", mutated_default(4000))


def none_default(x, y=None):
    if y is None:
        return x
    return x + y


def none_defaults(n):
    s = 0
    for i in range(n):
        s += none_default(i) + none_default(i, 1)
    return s


print("none", none_defaults(3000))


def kwonly(x, *, k=3):
    return x * k


def star(*args):
    return len(args)


def other_params(n):
    s = 0
    for i in range(n):
        s += kwonly(i) + kwonly(i, k=1) + star(i, i)
    return s


print("other params", other_params(3000))


def make_scaled(k):
    def scaled(x, m=k, add=1):
        return x * m + add
    return scaled


def closures_with_defaults(n):
    fns = [make_scaled(i) for i in range(4)]
    s = 0
    for i in range(n):
        s += fns[i % 4](i)
        if i == n // 2:
            fns[1].__defaults__ = (100, 0)
    return s


print("closure defaults", closures_with_defaults(6000))

def keywords(n):
    def g(a, b=1, c=2.5):
        return a * b + c
    def p(a, /, b=2):
        return a - b
    s = 0.0
    for i in range(n):
        s += g(i, c=1) + g(a=i) + g(i, c=0.5, b=3) + g(c=i, a=1) + p(i, b=i & 3)
        if i == n // 2:
            g.__defaults__ = (4, 0)
    for bad in ("g(1, a=2)", "g(1, d=2)", "p(a=1)", "g(b=2)"):
        try:
            eval(bad)
        except TypeError as e:
            print(type(e).__name__, e)
    try:
        for i in range(n):
            s += g(i, b=2) + (g(i, z=1) if i == n - 5 else 0)
    except TypeError as e:
        print(type(e).__name__, e)
    return s


print("keywords", keywords(4000))


def keyword_closures(n):
    def make(k):
        def h(x, scale=1, shift=k):
            return x * scale + shift
        return h
    hs = [make(j) for j in range(3)]
    s = 0
    for i in range(n):
        s += hs[i % 3](i, shift=i & 1) + hs[(i + 1) % 3](scale=2, x=i)
    return s


print("keyword closures", keyword_closures(3000))

f.__defaults__ = (1,)
for i in range(3000):
    f(i, 2)
    if i == 2000:
        f.__defaults__ = ()
    f(i)
