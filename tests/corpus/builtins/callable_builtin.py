# callable(): functions, classes, instances with and without __call__, builtins.
class Plain:
    pass

class WithCall:
    def __call__(self, x):
        return x * 2

class Sub(WithCall):
    pass

def f():
    pass

values = [f, lambda: 0, len, print, int, Plain, Plain(), WithCall(), Sub(), WithCall, 1, "s", None, [], str.upper, "s".upper, Plain.__init__, type, object, object(), callable, WithCall().__call__, range(3), iter([])]
for v in values:
    print(callable(v), end=" ")
print()
w = WithCall()
print(w(21), Sub()(4), callable(w.__call__))
inst = Plain()
inst.__call__ = lambda: "instance attr"
print(callable(inst))
try:
    inst()
except TypeError as e:
    print(type(e).__name__, e)
Plain.__call__ = lambda self: "added later"
print(callable(inst), inst(), callable(Plain()))
del Plain.__call__
print(callable(Plain()))
try:
    callable()
except TypeError as e:
    print(type(e).__name__, e)
try:
    callable(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
for v in [1, "x", None, [1], (1,), {"a": 1}, 1.5]:
    try:
        v()
    except TypeError as e:
        print(type(e).__name__, e)

class NotCallableAttr:
    __call__ = 5

print(callable(NotCallableAttr()))
try:
    NotCallableAttr()()
except TypeError as e:
    print(type(e).__name__, e)
handlers = {"double": WithCall(), "neg": lambda x: -x, "name": "not callable"}
for name, h in handlers.items():
    print(name, h(5) if callable(h) else "skipped")
