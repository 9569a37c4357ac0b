"""atexit for hotloop: functions run when the program ends (CPython 3.11's
interface).

The handlers live in this module; when the main program has finished
(normally, by an uncaught exception or by SystemExit) the VM calls
_call_next until it returns False (vm/atexit.go), newest handler first, and
reports an error of a handler as CPython does ("Exception ignored in atexit
callback") before running the rest.
"""

from _hotloop import hide_frame as _hide_frame, run_atexit as _run_atexit

_handlers = []
_current = None


def register(func, /, *args, **kwargs):
    """Registers func(*args, **kwargs) to run at exit; returns func."""
    if not callable(func):
        raise TypeError("the first argument must be callable")
    _handlers.append((func, args, kwargs))
    return func


def unregister(func, /):
    """Removes every registration of func (compared with ==)."""
    keep = []
    for h in _handlers:
        if not (h[0] == func):
            keep.append(h)
    _handlers[:] = keep


def _clear():
    """Removes every handler."""
    _handlers.clear()


def _ncallbacks():
    """The number of registered handlers."""
    return len(_handlers)


def _run_exitfuncs():
    """Runs and removes every handler now, newest first; errors are
    reported, not raised (the same code as at exit: vm/atexit.go)."""
    _run_atexit()


@_hide_frame
def _call_next():
    global _current
    if not _handlers:
        _current = None
        return False
    func, args, kwargs = _handlers.pop()
    _current = func
    func(*args, **kwargs)
    return True
