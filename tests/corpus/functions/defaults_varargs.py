# Default values (evaluated once, mutable pitfalls), *args/**kwargs collection and order.
def append_to(item, target=[]):
    target.append(item)
    return target

print(append_to(1), append_to(2), append_to(3, []), append_to(4))
counter = 0

def make_default():
    global counter
    counter += 1
    return counter

def use(x=make_default()):
    return x

print(use(), use(), use(10), counter)
late = "early"

def capture(v=late):
    return v

late = "late"
print(capture())

def collect(a, b=2, *args, c, d=4, **kwargs):
    return a, b, args, c, d, kwargs

print(collect(1, c=3))
print(collect(1, 2, 3, 4, 5, c=6, e=7, f=8))
print(collect(a=1, c=3, z=0, b=9))
print(collect(*range(5), **{"c": "c", "y": "y", "d": "d"}))

def star_only(*args):
    return args, type(args).__name__

def kw_only(**kwargs):
    return kwargs, type(kwargs).__name__

print(star_only(), star_only(1), star_only(*"ab", *[1]), kw_only(), kw_only(b=1, a=2), list(kw_only(z=1, y=2, x=3)[0]))
print(collect.__defaults__, collect.__kwdefaults__, capture.__defaults__, use.__defaults__, star_only.__defaults__)
collect.__defaults__ = (100,)
print(collect(1, c=0))
collect.__kwdefaults__ = {"d": "new", "c": "cdef"}
print(collect(1))

def none_default(x=None):
    if x is None:
        x = []
    x.append(1)
    return x

print(none_default(), none_default(), none_default([0]))

def fn(a, b=[1, 2], c={"k": "v"}, d=(1,), e=None, f=-1.5, g="s"):
    return a

print(fn.__defaults__, fn.__code__.co_argcount, fn.__name__, fn.__qualname__)

def varargs_mutation(*args):
    args = list(args)
    args.append("extra")
    return args

t = (1, 2)
print(varargs_mutation(*t), t)
kwargs = {"a": 1}

def mutate_kwargs(**kw):
    kw["b"] = 2
    return kw

print(mutate_kwargs(**kwargs), kwargs)
try:
    collect.__defaults__ = 5
except TypeError as e:
    print(type(e).__name__, e)
