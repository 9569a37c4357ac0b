"""Ctrl-C handling for test runs (unittest -c): results registered here
are asked to stop at the first interrupt. hotloop has no signal module,
so installHandler only records that it was asked for."""

import weakref

__unittest = True

_results = weakref.WeakKeyDictionary()
_installed = [False]


def registerResult(result):
    _results[result] = 1


def removeResult(result):
    return bool(_results.pop(result, None))


def installHandler():
    _installed[0] = True


def removeHandler(method=None):
    if method is not None:
        return method
    _installed[0] = False
