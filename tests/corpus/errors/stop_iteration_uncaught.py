# StopIteration from next() on exhausted iterators; uncaught at module level with a value.
it = iter([1])
print(next(it))
try:
    next(it)
except StopIteration as e:
    print(type(e).__name__, repr(e), e.value)

def gen():
    yield 1
    return "result"

g = gen()
next(g)
try:
    next(g)
except StopIteration as e:
    print("value:", e.value, e.args)

def bad_gen():
    yield 1
    raise StopIteration("inside generator")

try:
    list(bad_gen())
except RuntimeError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__)
raise StopIteration(42)
