# Circular imports: the partially initialised module is visible to the
# module that imports it back; a from-import of a name not yet defined
# fails with CPython's "partially initialized module" message.
import sys
import circpkg.a
print(circpkg.a.A_LATE, circpkg.b.B)
print(circpkg.a.b is circpkg.b, circpkg.b.a is circpkg.a)

try:
    import circpkg.c
except ImportError as e:
    print(type(e).__name__, e)
print("circpkg.c" in sys.modules, "circpkg.d" in sys.modules)

# Once the cycle is gone (C exists), the import works.
import circpkg
try:
    from circpkg import c
except ImportError as e:
    print(type(e).__name__, e)
