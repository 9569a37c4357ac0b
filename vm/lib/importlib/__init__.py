"""The importable part of importlib that scripts use: import_module and
invalidate_caches (hotloop's import system is in the runtime)."""

import sys as _sys

__all__ = ['import_module', 'invalidate_caches', 'reload']


def import_module(name, package=None):
    """Imports a module; a relative name ('.mod') is resolved against
    package."""
    if name.startswith('.'):
        if not package:
            raise TypeError("the 'package' argument is required to perform a "
                            f"relative import for {name!r}")
        level = len(name) - len(name.lstrip('.'))
        bits = package.rsplit('.', level - 1)
        if len(bits) < level:
            raise ImportError('attempted relative import beyond top-level package')
        rest = name[level:]
        name = bits[0] + '.' + rest if rest else bits[0]
    __import__(name)
    return _sys.modules[name]


def invalidate_caches():
    """Nothing to do: hotloop keeps no finder caches."""


def reload(module):
    """Runs the module's code again in its existing namespace: not
    supported by hotloop's import system."""
    raise NotImplementedError('importlib.reload is not supported by hotloop')
