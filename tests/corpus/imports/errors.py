# Import errors: their classes, messages and name attributes.
import sys

def attempt(stmt):
    try:
        exec_table[stmt]()
    except ImportError as e:
        print(type(e).__name__, e, "| name =", e.name)


def no_module():
    import no_such_module_xyz

def no_submodule():
    import pkg_a.no_such

def not_a_package():
    import pkg_a.mod.inner

def from_missing_name():
    from pkg_a import no_such_name

def from_missing_name_module():
    from pkg_a.mod import no_such_name

def from_builtin():
    from sys import no_such_name

def halted():
    sys.modules["halted_mod"] = None
    import halted_mod

def dotted_missing():
    import no_pkg_xyz.sub

exec_table = {
    "no_module": no_module,
    "no_submodule": no_submodule,
    "not_a_package": not_a_package,
    "from_missing_name": from_missing_name,
    "from_missing_name_module": from_missing_name_module,
    "from_builtin": from_builtin,
    "halted": halted,
    "dotted_missing": dotted_missing,
}
for k in exec_table:
    attempt(k)

print(issubclass(ModuleNotFoundError, ImportError))

# A module that raises while it runs is not left in sys.modules, and
# importing it again runs it again.
for i in range(2):
    try:
        import _raiser
    except KeyError as e:
        print(type(e).__name__, e, "_raiser" in sys.modules)

# A SyntaxError in an imported module.
try:
    import _badsyntax
except SyntaxError as e:
    print(type(e).__name__, e)
    print(e.args[0], e.args[1][1:])
print("_badsyntax" in sys.modules)

# __import__'s argument checks.
for args in [(), (5,), ("",), ("sys", None, None, None, "x")]:
    try:
        __import__(*args)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    __import__("sys", bogus=1)
except TypeError as e:
    print(type(e).__name__, e)
