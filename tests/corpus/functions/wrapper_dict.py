# classmethod and staticmethod objects (CPython 3.10+) copy the wrapped
# callable's __module__, __name__, __qualname__, __doc__ and __annotations__
# into their own __dict__, expose __wrapped__, and take new attributes.
cm = classmethod(len)
print(sorted(cm.__dict__))
print(cm.__dict__['__name__'], cm.__dict__['__qualname__'], cm.__dict__['__module__'], cm.__wrapped__ is len)
print(cm.__name__, cm.__qualname__, cm.__doc__ == len.__doc__, cm.__func__ is len)
def f(x):
    "doc of f"
    return x
f.extra = 5
sm = staticmethod(f)
print(sorted(sm.__dict__), sm.__doc__, sm.__name__, sm.__qualname__, sm.__module__, sm.__wrapped__ is f)
print(sm.__isabstractmethod__)
sm.__dict__['zz'] = 1
print(sm.zz)
cm2 = classmethod(f); cm2.foo = 3
print(sorted(cm2.__dict__), cm2.foo)
class C:
    @staticmethod
    def s():
        "sdoc"
    @classmethod
    def c(cls):
        pass
print(C.__dict__['s'].__doc__, C.__dict__['s'].__name__, C.__dict__['c'].__qualname__)
print(vars(classmethod(print)).keys())
