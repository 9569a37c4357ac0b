# sys.path: the script's directory first, the standard library last; a
# module beside the script (or earlier on sys.path) shadows the library.
import sys
print(sys.path[0] + "/sys_path.py" == __file__)
print(type(sys.path).__name__, all(type(p) is str for p in sys.path))
print("sys" in sys.builtin_module_names, "math" in sys.builtin_module_names)
print("string" in sys.builtin_module_names)

sys.path.insert(0, sys.path[0] + "/shadowdir")
import string
print(string.SHADOW, string.ascii_lowercase)
print(string.__file__)
del sys.modules["string"]
sys.path.pop(0)

import string
print(hasattr(string, "SHADOW"), string.ascii_lowercase)

# Builtin modules are found before sys.path.
saved = sys.path[:]
sys.path.clear()
import time
print(type(time.time()).__name__)
try:
    import copy
except ImportError as e:
    print(type(e).__name__, e)
sys.path[:] = saved
import copy
print(copy.copy([1, 2]))

# __import__ and importlib.import_module.
print(__import__("pkg_a.mod").__name__)
print(__import__("pkg_a.mod", fromlist=["greet"]).__name__)
import importlib
print(importlib.import_module("pkg_a.sub").__name__)
print(importlib.import_module(".deep", "pkg_a.sub").__name__)
print(importlib.import_module("..mod", "pkg_a.sub").__name__)
try:
    importlib.import_module(".deep")
except TypeError as e:
    print(type(e).__name__, e)
try:
    importlib.import_module("no_such_thing")
except ModuleNotFoundError as e:
    print(type(e).__name__, e)
