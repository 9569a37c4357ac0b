# Relative imports: from . and from .., levels beyond the top, and the main
# program (which has no parent package).
import pkg_a.sub.deep as deep
print(deep.leaf_value, deep.VERSION, deep.where())

try:
    import pkg_a.sub.beyond
except ImportError as e:
    print(type(e).__name__, e)
print("pkg_a.sub.beyond" in __import__("sys").modules)

try:
    from . import something
except ImportError as e:
    print(type(e).__name__, e)

try:
    from .pkg_a import mod
except ImportError as e:
    print(type(e).__name__, e)

try:
    from .. import x
except ImportError as e:
    print(type(e).__name__, e)

# __import__ with a level and a package taken from the globals given.
g = {"__name__": "pkg_a.sub.deep", "__package__": "pkg_a.sub"}
m = __import__("mod", g, None, ["greet"], 2)
print(m.__name__, m.greet("level 2"))
top = __import__("", g, None, None, 1)
print(top.__name__)
g2 = {"__name__": "pkg_a.sub", "__path__": []}
print(__import__("deep", g2, None, ["x"], 1).__name__)
print(__import__("sub.deep", {"__name__": "pkg_a.mod"}, None, None, 1).__name__)
try:
    __import__("mod", {"__name__": "toplevel"}, None, None, 1)
except ImportError as e:
    print(type(e).__name__, e)
try:
    __import__("mod", {"__package__": 5}, None, None, 1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    __import__("mod", {}, None, None, 1)
except KeyError as e:
    print(type(e).__name__, e)
try:
    __import__("mod", None, None, None, -1)
except ValueError as e:
    print(type(e).__name__, e)
