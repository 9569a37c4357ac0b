# Function objects: __name__/__qualname__/__doc__/__module__/__dict__, attributes, repr-free checks.
def plain(a, b=1, *args, c, **kw):
    """Docstring here."""
    return a

class Outer:
    def method(self):
        def nested():
            pass
        return nested
    class Inner:
        def deep(self):
            pass

print(plain.__name__, plain.__qualname__, plain.__doc__, plain.__module__, plain.__defaults__, plain.__kwdefaults__)
print(Outer.method.__qualname__, Outer().method().__qualname__, Outer.Inner.deep.__qualname__, Outer.Inner.__qualname__)
print((lambda: 0).__name__, (lambda: 0).__qualname__, [lambda: 0][0].__qualname__, plain.__code__.co_name, plain.__code__.co_varnames)
print(plain.__code__.co_argcount, plain.__code__.co_kwonlyargcount, plain.__code__.co_filename.endswith("function_attrs.py"))
plain.custom = "attr"
plain.__dict__["other"] = 2
print(plain.custom, plain.other, sorted(plain.__dict__))
plain.__name__ = "renamed"
plain.__qualname__ = "Q.renamed"
plain.__doc__ = None
print(plain.__name__, plain.__qualname__, plain.__doc__)
for bad in [lambda: setattr(plain, "__name__", 5), lambda: setattr(plain, "__qualname__", None), lambda: plain.nonexistent, lambda: delattr(plain, "__name__")]:
    try:
        bad()
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)

def no_doc():
    x = 1

def doc_not_first():
    x = 1
    "not a docstring"

print(no_doc.__doc__, doc_not_first.__doc__, type(no_doc).__name__, callable(no_doc))
m = Outer().method
print(type(m).__name__, m.__name__, m.__qualname__, m.__self__.__class__.__name__, m.__func__ is Outer.method, m == Outer().method)
o = Outer()
print(o.method == o.method, o.method is o.method, Outer.method is Outer.method)

def annotated(x: int, y: "str" = "s") -> list:
    pass

print(annotated.__annotations__)
print(len.__name__, len.__qualname__, print.__module__ if False else "", str.upper.__name__, str.upper.__qualname__, [].append.__name__)
fns = [plain, no_doc, annotated]
print([f.__name__ for f in fns], sorted(fns, key=lambda f: f.__name__)[0].__name__)
print(renamed if False else "ok")
