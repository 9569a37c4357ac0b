# Calls of closures inlined in traces: lambdas capturing loop-invariant
# values, compose(f, g), one call site seeing several closures of one code
# object and then closures of other code, the captured variable rebound in
# the enclosing scope mid-loop, closures called from module-level loops.
def adder(k):
    return lambda x: x + k


def scaler(k):
    def s(x):
        return (x * k) % 1000003
    return s


def compose(f, g):
    def h(x):
        return f(g(x))
    return h


def invariant(n):
    add3 = adder(3)
    mul = scaler(7)
    s = 0
    for i in range(n):
        s += add3(i) + mul(i)
    return s


print("invariant", invariant(5000))


def many_of_one_code(n):
    fns = [adder(i) for i in range(8)]
    s = 0
    for i in range(n):
        f = fns[i & 7]
        s += f(i)
    return s


print("many", many_of_one_code(6000))


def then_other_code(n):
    fns = [adder(i) for i in range(5)]
    s = 0
    for i in range(n):
        if i == n // 2:
            fns[2] = scaler(5)
        if i == 3 * n // 4:
            fns[3] = lambda x: x - 1
        if i == 7 * n // 8:
            fns[4] = abs
        s += fns[i % 5](i)
    return s


print("other", then_other_code(8000))


def composed(n):
    fns = [compose(adder(i), scaler(i + 2)) for i in range(8)]
    t = 0
    for i in range(n):
        t = (t + fns[i & 7](i)) % 1000000007
    return t


print("composed", composed(6000))


def rebind(n):
    k = 1
    f = lambda x: x * k
    s = 0
    for i in range(n):
        s += f(i)
        if i == n // 2:
            k = 3
        if i == 3 * n // 4:
            k = 0.5
    return s


print("rebind", rebind(4000))


def rebind_inner(n):
    # the closure's captured variable rebound by another closure
    k = 2
    def get(x):
        return x * k
    def setk(v):
        nonlocal k
        k = v
    s = 0
    for i in range(n):
        s += get(i)
        if i % 1000 == 999:
            setk(k + 1)
    return s, k


print("rebind_inner", rebind_inner(5000))


def types_in_cells(n):
    a = 1.5
    b = None
    c = [1, 2, 3]
    f = lambda i: (a * i if b is None else 0) + c[i % 3]
    s = 0.0
    for i in range(n):
        s += f(i)
        if i == n - 100:
            b = 1
    return s


print("types", types_in_cells(3000))


def unbound_free(n):
    def f(x):
        return x + later
    s = 0
    try:
        for i in range(n):
            s += f(i)
    except NameError as e:
        print(type(e).__name__, e)
    later = 1
    for i in range(n):
        s += f(i)
    return s


print("unbound", unbound_free(2000))

def closure_readonly(n):
    f = adder(1)
    g = adder(2)
    s = 0
    for i in range(n):
        s += f(i)
        if i == n // 2:
            try:
                f.__closure__ = g.__closure__
            except AttributeError as e:
                print(type(e).__name__, e)
            try:
                del f.__globals__
            except AttributeError as e:
                print(type(e).__name__, e)
    return s


print("readonly", closure_readonly(3000))

# module-level loop: the call site loads a global the loop assigns
counters = [adder(i) for i in range(5)]
total = 0
for i in range(6000):
    c = counters[i % 5]
    total += c(i)
    if i == 4000:
        counters[1] = scaler(3)
print("module", total)
k = 0
g = lambda x: x + k
for i in range(3000):
    total += g(i)
    if i == 1500:
        k = 10
print("module global", total)
