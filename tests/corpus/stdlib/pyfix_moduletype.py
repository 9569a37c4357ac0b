# types.ModuleType creates modules: name, doc, dict, attributes, repr,
# isinstance, argument errors, and use as a namespace in sys.modules.
import sys
import types

m = types.ModuleType("m")
print(m, repr(m), m.__name__, m.__doc__)
print(sorted(m.__dict__.items(), key=lambda kv: kv[0]))
m2 = types.ModuleType("m2", "the doc")
print(m2.__doc__, m2.__package__, m2.__loader__, m2.__spec__)
m3 = types.ModuleType(name="kw", doc="d")
print(m3, m3.__doc__)
m.x = 3
m.f = lambda y: y * 2
print(m.x, m.f(4), m.__dict__["x"], "x" in dir(m), hasattr(m, "nope"))
setattr(m, "z", "zed")
print(getattr(m, "z"), vars(m)["z"])
del m.x
print(hasattr(m, "x"))
try:
    m.missing
except AttributeError as e:
    print("AttributeError:", e)
print(isinstance(sys, types.ModuleType), isinstance(m, types.ModuleType))
print(type(m) is types.ModuleType, type(m).__name__, type(sys) is type(m))
m.__file__ = "fake.py"
print(m)
m4 = types.ModuleType("m4")
m4.__loader__ = "LDR"
print(m4)
m5 = types.ModuleType("renamed")
m5.__name__ = "other"
print(m5)
for args, kw in [((), {}), ((1,), {}), (("a", "b", "c"), {}),
                 (("a",), {"x": 1}), (("a",), {"name": "n"})]:
    try:
        types.ModuleType(*args, **kw)
    except TypeError as e:
        print("TypeError:", e)
print(types.ModuleType("d", None).__doc__, types.ModuleType("e", 5).__doc__)

cfg = types.ModuleType("pyfix_cfg")
cfg.VALUE = 42
sys.modules["pyfix_cfg"] = cfg
import pyfix_cfg

print(pyfix_cfg.VALUE, pyfix_cfg is cfg)
from pyfix_cfg import VALUE

print(VALUE)
exec("def g():\n    return VALUE + 1", cfg.__dict__)
print(cfg.g())
