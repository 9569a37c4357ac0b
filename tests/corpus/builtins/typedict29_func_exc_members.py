def f(a=1, *, k=2): return a
F = type(f)
print(F.__dict__["__code__"].__get__(f, F).co_name, "__code__" in F.__dict__, "__globals__" in vars(F))
print(F.__dict__['__defaults__'].__get__(f, F), F.__dict__['__kwdefaults__'].__get__(f))
f.__defaults__ = (5,); print(f(), f.__defaults__)
class E(ValueError): pass
try:
    try: raise KeyError(1)
    except KeyError as k: raise E('x', 2) from k
except E as e:
    print(e.args, type(e.__cause__).__name__, type(e.__context__).__name__, e.__suppress_context__)
    print(BaseException.__dict__['args'].__get__(e), e.__traceback__ is not None)
    e.args = (3,); print(e.args, e)
    e.__suppress_context__ = False; print(e.__suppress_context__)
print(hasattr(F, '__code__'), hasattr(BaseException, 'args'), hasattr(E, '__cause__'))
print(sorted(n for n in ['args','__cause__','__context__','__traceback__','__suppress_context__'] if n in vars(BaseException)))
