# A function's __code__ is one object: every read returns it (CPython keeps
# it in the function), so identity checks and dicts keyed by code work.
def f(a, b=2):
    return a + b


def g():
    yield 1


print(f.__code__ is f.__code__, f.__code__ == f.__code__)
print(f.__globals__ is f.__globals__, f.__defaults__ is f.__defaults__)
seen = {}
for fn in (f, g, f, g, f):
    seen[fn.__code__] = seen.get(fn.__code__, 0) + 1
print(sorted((c.co_name, n) for c, n in seen.items()))
gen = g()
print(gen.gi_code is g.__code__, len({id(f.__code__) for _ in range(5)}))
h = lambda: 0
h2 = h
print(h.__code__ is h2.__code__, h.__code__ is f.__code__)


def make():
    def inner():
        return 1
    return inner


i1, i2 = make(), make()
print(i1 is i2, i1.__code__ is i2.__code__)
c = compile("x = 1", "<s>", "exec")
exec(c)
print(x)
try:
    f(None)
except TypeError as e:
    tb = e.__traceback__
    while tb.tb_next:
        tb = tb.tb_next
    print(tb.tb_frame.f_code is f.__code__)
