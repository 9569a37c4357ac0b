# An exception raised while a module runs: the traceback shows the import
# statement, then the module's frames (no import machinery frames).
print("before")
import pkg_a
import _raiser
print("not reached")
