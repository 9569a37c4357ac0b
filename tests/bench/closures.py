# closures: nested functions capturing cells, counters with nonlocal, and
# higher-order composition; measures cell loads/stores and calls of closures.
def make_counter(step):
    n = 0
    def inc():
        nonlocal n
        n += step
        return n
    return inc

def compose(f, g):
    def h(x):
        return f(g(x))
    return h

def adder(k):
    return lambda x: x + k

def scaler(k):
    def s(x):
        return (x * k) % 1000003
    return s

total = 0
counters = [make_counter(i) for i in range(1, 6)]
fns = [compose(adder(i), scaler(i + 2)) for i in range(8)]
for i in range(1200000):
    c = counters[i % 5]
    total += c()
    f = fns[i & 7]
    total = (total + f(i)) % 1000000007
print("checksum", total)
