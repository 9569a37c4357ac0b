import timeit
res = []
t = timeit.Timer("x = sum(range(10))")
print(type(t.timeit(100)).__name__, len(t.repeat(3, 10)))
n = timeit.timeit("y = a * 2", setup="a = 21", number=1000)
print(n >= 0)
acc = []
def f():
    acc.append(1)
print(timeit.timeit(f, number=7) >= 0, len(acc))
g = {"z": 5}
print(timeit.timeit("z + 1", globals=g, number=3) >= 0)
try:
    timeit.timeit("return 1")
except SyntaxError as e:
    print("SyntaxError", e.msg, e.filename)
try:
    timeit.Timer(3)
except ValueError as e:
    print("ValueError", e)
try:
    timeit.Timer("1/0").timeit(2)
except ZeroDivisionError as e:
    print("ZDE", e)
num, tt = timeit.Timer("pass").autorange()
print(num >= 1, tt >= 0.2)
print(timeit.default_timer is __import__("time").perf_counter)
# Multi-line statements and set-up are indented into one function.
t = timeit.Timer("a = x + 1\nb = a * y\nout.append(b)", setup="x = 1\ny = 2\nout = res", globals=globals())
res = []
print(t.timeit(3) >= 0, len(res), timeit.Timer("out.append(x)", "x = 5\nout = res", globals=globals()).repeat(2, 2) is not None, res)
class M:
    pass
M.__module__ = "elsewhere"
print(M, M.__module__)
