# nonlocal counters called from hot loops: the store into the cell is
# deferred to the inlined call's return, so a guard failing inside the call
# (the interpreter runs the call again) never counts twice; the counter's
# value after the loop and after an exception raised inside the closure
# mid-loop; counters shared by the loop's own frame.
def make_counter(step):
    n = 0
    def inc():
        nonlocal n
        n += step
        return n
    def get():
        return n
    return inc, get


def simple(steps):
    pairs = [make_counter(s) for s in steps]
    total = 0
    for i in range(6000):
        inc, get = pairs[i % len(pairs)]
        total += inc()
    return total, [get() for inc, get in pairs]


print("simple", simple([1, 2, 3, 4, 5]))
print("floats", simple([1, 0.5]))


def overflowing():
    n = 2 ** 62 - 3000
    def inc():
        nonlocal n
        n += 1
        return n & 0xff
    s = 0
    for i in range(5000):
        s += inc()
    return s, n


print("overflow", overflowing())


def raising(limit):
    n = 0
    def inc(i):
        nonlocal n
        n += 1
        if n > limit:
            raise ValueError("too many: %d at %d" % (n, i))
        return n
    total = 0
    try:
        for i in range(10000):
            total += inc(i)
    except ValueError as e:
        print(type(e).__name__, e)
    return total, n


print("raising", raising(4000))


def raising_before_store():
    n = 0
    def inc(i):
        nonlocal n
        x = 100 // (i - 3000)
        n += 1
        return x
    total = 0
    try:
        for i in range(5000):
            total += inc(i)
    except ZeroDivisionError as e:
        print(type(e).__name__, e)
    return total, n


print("before", raising_before_store())


def shared():
    n = 0
    def bump(k):
        nonlocal n
        n += k
        return n
    s = 0
    for i in range(5000):
        n += 1
        s += bump(i & 3) - n
        n = n - 1
    return s, n


print("shared", shared())


def two_cells():
    a = 0
    b = 1
    def step():
        nonlocal a, b
        a, b = b, (a + b) % 1000
        return a
    s = 0
    for i in range(4000):
        s += step()
    return s, a, b


print("two cells", two_cells())


def nested_calls():
    n = 0
    def inner():
        nonlocal n
        n += 1
        return n
    def outer(x):
        return inner() + inner() + x
    s = 0
    for i in range(4000):
        s += outer(i)
    return s, n


print("nested", nested_calls())


def rebound_counter():
    inc, get = make_counter(1)
    s = 0
    for i in range(6000):
        s += inc()
        if i % 1500 == 0:
            inc, get = make_counter(i)
    return s, get()


print("rebound", rebound_counter())

inc, get = make_counter(3)
for i in range(3000):
    inc()
print("module", get())


def uncaught():
    n = 0
    def inc():
        nonlocal n
        n += 1
        if n == 2500:
            raise RuntimeError("counter hit %d" % n)
    for i in range(4000):
        inc()


uncaught()
