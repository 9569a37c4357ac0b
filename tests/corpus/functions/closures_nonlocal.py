# Closures: late binding, nonlocal counters, shared cells, nested scopes, errors.
def counter():
    count = 0
    def inc(step=1):
        nonlocal count
        count += step
        return count
    def get():
        return count
    return inc, get

inc, get = counter()
print(inc(), inc(), inc(10), get())
inc2, get2 = counter()
print(inc2(), get(), get2())

def make_adders():
    adders = []
    for i in range(3):
        adders.append(lambda x: x + i)
    return adders

print([a(10) for a in make_adders()])

def make_adders_fixed():
    return [(lambda i: lambda x: x + i)(i) for i in range(3)]

print([a(10) for a in make_adders_fixed()])

def outer():
    x = "outer"
    def middle():
        def inner():
            nonlocal x
            x = "changed by inner"
            return x
        return inner()
    middle()
    return x

print(outer())

def shared():
    v = []
    def add(item):
        v.append(item)
    def show():
        return list(v)
    return add, show

add, show = shared()
add(1)
add(2)
print(show(), add.__closure__ is not None, len(add.__closure__), add.__code__.co_freevars, shared.__code__.co_cellvars)

def rebinding():
    value = 1
    f = lambda: value
    value = 2
    return f()

print(rebinding())

def cell_before_assign():
    def reader():
        return later
    try:
        reader()
    except NameError as e:
        print(type(e).__name__, e)
    later = "now bound"
    return reader()

print(cell_before_assign())

def deleted():
    gone = 1
    def reader():
        return gone
    del gone
    try:
        return reader()
    except NameError as e:
        return f"{type(e).__name__} {e}"

print(deleted())
x = "global"

def no_nonlocal():
    x = "local"
    def inner():
        global x
        x = "set global"
    inner()
    return x

print(no_nonlocal(), x)

def accumulate():
    total = 0
    def step(n):
        nonlocal total
        total += n
        return total
    return step

acc = accumulate()
print([acc(n) for n in range(5)])

def deep(a):
    def l1(b):
        def l2(c):
            def l3(d):
                return a + b + c + d
            return l3
        return l2
    return l1

print(deep(1)(2)(3)(4), deep("a")("b")("c")("d"))
