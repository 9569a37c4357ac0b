# Decorators: plain, with arguments, stacked (order), on methods, class decorators, wraps by hand.
log = []

def trace(fn):
    def wrapper(*args, **kwargs):
        log.append(f"call {fn.__name__}{args}")
        result = fn(*args, **kwargs)
        log.append(f"ret {fn.__name__} {result!r}")
        return result
    wrapper.__name__ = fn.__name__
    wrapper.__doc__ = fn.__doc__
    wrapper.__wrapped__ = fn
    return wrapper

def repeat(times):
    print("repeat factory", times)
    def deco(fn):
        print("decorating", fn.__name__)
        def wrapper(*args):
            return [fn(*args) for _ in range(times)]
        return wrapper
    return deco

def tag(name):
    def deco(fn):
        def wrapper(*a):
            return f"<{name}>{fn(*a)}</{name}>"
        return wrapper
    return deco

@trace
def add(a, b):
    """Adds."""
    return a + b

print(add(1, 2), add.__name__, add.__doc__, add.__wrapped__(5, 5), log)

@repeat(3)
def hello(n):
    return f"hi {n}"

print(hello("x"))

@tag("b")
@tag("i")
def text(s):
    return s

print(text("bold italic"))
order = []

def mark(label):
    order.append(f"factory {label}")
    def deco(fn):
        order.append(f"apply {label}")
        return fn
    return deco

@mark("top")
@mark("bottom")
def marked():
    pass

print(order)

def count_calls(fn):
    def wrapper(*a, **k):
        wrapper.calls += 1
        return fn(*a, **k)
    wrapper.calls = 0
    return wrapper

class Service:
    @count_calls
    def ping(self, n):
        return n * 2
    @staticmethod
    @count_calls
    def util(v):
        return -v
    @classmethod
    def make(cls):
        return cls()

s = Service()
print(s.ping(1), s.ping(2), Service.ping.calls, Service.util(3), Service.util.calls, type(Service.make()).__name__)

def register(cls):
    cls.registered = True
    return cls

registry = {}

def named(name):
    def deco(cls):
        registry[name] = cls
        return cls
    return deco

@named("widget")
@register
class Widget:
    pass

print(Widget.registered, registry["widget"] is Widget)
decorate_with = {"double": lambda f: lambda x: f(x) * 2}

@decorate_with["double"]
def base(x):
    return x + 1

print(base(4))

def bad_decorator(fn):
    return None

@bad_decorator
def vanished():
    pass

print(vanished)
try:
    @repeat("x")
    def broken():
        return 1
    broken()
except TypeError as e:
    print(type(e).__name__, e)
try:
    @5
    def nope():
        pass
except TypeError as e:
    print(type(e).__name__, e)
