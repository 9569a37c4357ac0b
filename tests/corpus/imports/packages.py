# Packages: import a.b.c binds a, "as" binds the submodule, from-imports of
# submodules and attributes, module attributes, caching in sys.modules.
import sys

import pkg_a.sub.deep
print(pkg_a.__name__, pkg_a.sub.__name__, pkg_a.sub.deep.__name__)
print(pkg_a.sub.deep.where())
print(pkg_a.__package__, pkg_a.sub.__package__, pkg_a.sub.deep.__package__)
print(pkg_a.__file__)
print(pkg_a.sub.deep.__file__)
print(pkg_a.__path__, pkg_a.sub.__path__)
print(hasattr(pkg_a.mod, "__path__"))
print(pkg_a)
print(pkg_a.sub.deep)
print(repr(sys))

import pkg_a.mod as m
print(m is pkg_a.mod, m.greet("as"))
from pkg_a import sub, VERSION
print(sub is pkg_a.sub, VERSION)
from pkg_a.sub import deep as d2, leaf_value
print(d2 is pkg_a.sub.deep, leaf_value)
print(pkg_a.sub.parent_mod is pkg_a.mod, pkg_a.sub.greet("sub"))

# Caching: a second import runs nothing and gives the same object.
import _counted
import _counted as again
print(again is _counted, sys.modules["_counted"] is _counted)
print("pkg_a.sub.deep" in sys.modules, "pkg_a.nope" in sys.modules)

# Removing a module from sys.modules makes the next import run it again.
del sys.modules["_counted"]
import _counted as fresh
print(fresh is _counted, fresh.runs)

# A program may put any object in sys.modules.
class Fake:
    answer = 42
sys.modules["fake_module"] = Fake()
import fake_module
from fake_module import answer
print(type(fake_module).__name__, answer)

# A module may replace itself in sys.modules while it runs.
import _replacer
print(_replacer)

# Namespace packages: a directory without __init__.py.
import nspkg.inner.m
print(nspkg.inner.m.VALUE)
print(nspkg.__file__, list(nspkg.__path__))
from nspkg.inner import m as nm
print(nm is nspkg.inner.m)

# Module attributes of the main program.
print(__name__, __package__, __spec__)
for name in ["__name__", "__doc__", "__package__", "__file__"]:
    print(name, name in dir(pkg_a.mod))
print(sorted(k for k in vars(pkg_a.mod) if not k.startswith("__")))
