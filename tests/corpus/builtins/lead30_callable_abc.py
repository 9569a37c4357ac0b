# callable() and collections.abc.Callable agree on builtin descriptor objects:
# classmethod objects are not callable in 3.11, staticmethod ones are.
import collections.abc as abc
for x in (classmethod(len), staticmethod(len), len, [].append, int.__add__, (1).__add__, lambda: 0, type, property()):
    print(type(x).__name__, callable(x), isinstance(x, abc.Callable))
print(issubclass(classmethod, abc.Callable), issubclass(staticmethod, abc.Callable))
