# inspect_basic: predicates, getmembers, getdoc/cleandoc, getmodule/getfile,
# currentframe/stack, and signatures: str(), kinds, defaults, annotations,
# bind/bind_partial/apply_defaults and their errors, Parameter checks.
import inspect, sys
def f(a, b: int = 2, *args, c, d: "str" = "x", **kw) -> list: pass
def g(x, /, y, *, z=None): pass
def h(): pass
async def co(): pass
def gen(): yield 1
class K:
    """Doc of K.

       indented more
    """
    def m(self, q=[1, 2]): pass
    @classmethod
    def cm(cls, r): pass
    @staticmethod
    def sm(s, *, t): pass
    @property
    def p(self): return 1
for fn in (f, g, h, K.m, K().m, K.cm, K.sm, lambda x, *y: 0, K):
    s = inspect.signature(fn)
    print(s, [(p.name, str(p.kind), p.default is p.empty, p.annotation) for p in s.parameters.values()], s.return_annotation)
print(inspect.isfunction(f), inspect.isfunction(K.m), inspect.ismethod(K().m), inspect.isclass(K), inspect.isgeneratorfunction(gen), inspect.iscoroutinefunction(co), inspect.isgenerator(gen()), inspect.isbuiltin(len), inspect.isroutine(len), inspect.ismodule(sys), inspect.isclass(1))
print(inspect.getdoc(K))
print(repr(inspect.cleandoc("  a\n    b\n  c\n")))
print([n for n, v in inspect.getmembers(K) if not n.startswith("__")])
print(inspect.getmembers(K, inspect.isfunction)[0][0])
print(inspect.currentframe().f_code.co_name)
print(inspect.getmodule(f).__name__, inspect.getfile(f).endswith("insp.py"))
sig = inspect.signature(f)
ba = sig.bind(1, 2, 3, c=4, e=5)
print(ba.arguments, ba.args, ba.kwargs)
try: sig.bind(1)
except TypeError as e: print(e)
try: print(inspect.Parameter.POSITIONAL_ONLY, inspect.Parameter("x", inspect.Parameter.KEYWORD_ONLY, default=3))
except ValueError as e: print("VE", e)
import functools
import typing


class WithInit:
    def __init__(self, a, b=3, *, c: typing.List[int] = None):
        pass


class Callable:
    def __call__(self, x, y=1):
        return x


def deco(fn):
    @functools.wraps(fn)
    def wrapper(*a, **k):
        return fn(*a, **k)
    return wrapper


@deco
def wrapped(p, q=9):
    pass


for obj in (WithInit, Callable(), wrapped, dict, deco):
    try:
        print(inspect.signature(obj))
    except (ValueError, TypeError) as e:
        print(type(e).__name__)
print(inspect.signature(wrapped, follow_wrapped=False))
s = inspect.signature(f)
for call in [((1,), {"c": 2}), ((1, 2, 3, 4), {"c": 5, "z": 6}), ((), {"a": 1, "c": 2}), ((1,), {"a": 2, "c": 3}), ((1,), {})]:
    try:
        b = s.bind(*call[0], **call[1])
        print(b.args, b.kwargs)
        b.apply_defaults()
        print(b.arguments)
        print(b)
    except TypeError as e:
        print("TypeError", e)
sg = inspect.signature(g)
for call in [((1, 2), {}), ((1,), {"y": 2, "z": 3}), ((), {"x": 1, "y": 2}), ((1, 2, 3), {})]:
    try:
        print(sg.bind(*call[0], **call[1]).arguments)
    except TypeError as e:
        print("TypeError", e)
print(sg.bind_partial(1).arguments)
P = inspect.Parameter
for args, kw in [(("x", P.VAR_POSITIONAL), {"default": 1}), (("1x", P.POSITIONAL_ONLY), {}), ((3, P.KEYWORD_ONLY), {}), (("x", 9), {})]:
    try:
        P(*args, **kw)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
for k in (P.POSITIONAL_ONLY, P.POSITIONAL_OR_KEYWORD, P.VAR_POSITIONAL, P.KEYWORD_ONLY, P.VAR_KEYWORD):
    print(k, int(k), k.description)
try:
    inspect.Signature([P("a", P.KEYWORD_ONLY), P("b", P.POSITIONAL_ONLY)])
except ValueError as e:
    print(e)
try:
    inspect.Signature([P("a", P.POSITIONAL_ONLY, default=1), P("b", P.POSITIONAL_ONLY)])
except ValueError as e:
    print(e)
new = s.replace(parameters=[P("only", P.POSITIONAL_ONLY)], return_annotation=int)
print(new, repr(new), new == s, s == inspect.signature(f), hash(s) == hash(inspect.signature(f)))
print(repr(P("x", P.KEYWORD_ONLY, default=3).replace(name="y")))
print(inspect.unwrap(wrapped).__name__, inspect.isfunction(inspect.unwrap(wrapped)))
print(inspect.getdoc(WithInit), inspect.getdoc(f))
print([fi.function for fi in inspect.stack()][:1], inspect.getmodulename("/a/b/mod.py"), inspect.getmodulename("x.txt"))
