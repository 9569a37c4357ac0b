# The types module's names for built-in types, SimpleNamespace, new_class, and the
# __future__ module's feature records.
import types
import __future__
import sys


def gen():
    yield 1


class K:
    def m(self):
        pass


print(isinstance(gen, types.FunctionType), isinstance(gen(), types.GeneratorType), isinstance(len, types.BuiltinFunctionType))
print(isinstance(K().m, types.MethodType), isinstance(sys, types.ModuleType), type(None) is types.NoneType)
print(types.GenericAlias, types.UnionType, type(int | str) is types.UnionType, types.LambdaType is types.FunctionType)
print(types.EllipsisType, types.NotImplementedType, isinstance(gen.__code__, types.CodeType))
ns = types.SimpleNamespace(a=1, b="two")
ns.c = [3]
print(ns, ns.a, ns == types.SimpleNamespace(a=1, b="two", c=[3]), ns != types.SimpleNamespace())
del ns.b
print(ns, vars(ns), repr(types.SimpleNamespace()))
ns.self = ns
print(ns)
try:
    types.SimpleNamespace(1)
except TypeError as e:
    print(type(e).__name__)
C = types.new_class("C", (K,), {}, lambda d: d.update(x=5))
print(C.__name__, C.x, C.__mro__[1] is K, isinstance(C(), K))
meta, ns2, kw = types.prepare_class("D", (), {"metaclass": type, "extra": 1})
print(meta, ns2, kw, types.resolve_bases((int, str)))
print(__future__.annotations, __future__.division.getMandatoryRelease(), __future__.all_feature_names[:3])
print(__future__.CO_FUTURE_ANNOTATIONS, __future__.generator_stop.getOptionalRelease())
