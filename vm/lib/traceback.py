"""Printing and formatting exceptions (hotloop's own implementation of the
commonly used part of CPython 3.11's traceback module). The text is the
report the VM prints for an uncaught exception (_hotloop.format_exception),
so print_exc() and an uncaught error look the same, as in CPython.
"""

import sys
import _hotloop

__all__ = ['print_exc', 'format_exc', 'print_exception', 'format_exception',
           'format_exception_only', 'print_last', 'print_stack',
           'format_stack', 'extract_stack']


def _exc_from_args(exc, value, tb):
    if value is _sentinel:
        # the 3.10+ single-argument form, or a class with no value
        if isinstance(exc, BaseException):
            return exc
        if exc is None:
            return None
        if isinstance(exc, type) and issubclass(exc, BaseException):
            return exc()
        raise TypeError('Exception expected for value, %s found' % type(exc).__name__)
    if value is None:
        return None
    if not isinstance(value, BaseException):
        raise TypeError('Exception expected for value, %s found' % type(value).__name__)
    return value


_sentinel = object()


def _split(text):
    lines = text.splitlines(True)
    out = []
    for line in lines:
        if out and line.startswith('    ') and out[-1].startswith('  File '):
            out[-1] += line
        else:
            out.append(line)
    return out


def format_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None, chain=True):
    """The lines of the report of an exception, as printed for an
    uncaught one (each frame's lines are one string)."""
    e = _exc_from_args(exc, value, tb)
    if e is None:
        return ['NoneType: None\n']
    return _split(_hotloop.format_exception(e, chain))


def format_exception_only(exc, /, value=_sentinel):
    """The last line of the report: 'Type: message\\n'."""
    e = _exc_from_args(exc, value, None)
    if e is None:
        return ['NoneType: None\n']
    lines = _split(_hotloop.format_exception(e, False))
    i = len(lines)
    while i > 0 and not lines[i - 1].startswith('  File ') and not lines[i - 1].startswith('Traceback'):
        i -= 1
    return lines[i:]


def print_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None,
                    file=None, chain=True):
    """Write the report of an exception to file (sys.stderr)."""
    if file is None:
        file = sys.stderr
    for line in format_exception(exc, value, tb, limit=limit, chain=chain):
        print(line, file=file, end='')


def format_exc(limit=None, chain=True):
    """The report of the exception being handled, as one string."""
    return ''.join(format_exception(sys.exc_info()[1], limit=limit, chain=chain))


def print_exc(limit=None, file=None, chain=True):
    """Write the report of the exception being handled to file."""
    print_exception(sys.exc_info()[1], limit=limit, file=file, chain=chain)


def print_last(limit=None, file=None, chain=True):
    if not hasattr(sys, 'last_value'):
        raise ValueError('no last exception')
    print_exception(sys.last_value, limit=limit, file=file, chain=chain)


def extract_stack(f=None, limit=None):
    """(filename, lineno, module) of the callers, outermost first (a
    simplified StackSummary: no frame objects in hotloop)."""
    out = []
    depth = 1
    while True:
        loc = _hotloop.caller_location(depth)
        if loc is None:
            break
        out.append(loc)
        depth += 1
    out.reverse()
    if limit is not None:
        out = out[-limit:] if limit >= 0 else out[:-limit]
    return out


def format_stack(f=None, limit=None):
    out = []
    for filename, lineno, name in extract_stack(limit=limit)[:-1]:
        s = '  File "%s", line %d, in %s\n' % (filename, lineno, name)
        line = _hotloop.source_line(filename, lineno)
        if line:
            s += '    %s\n' % line
        out.append(s)
    return out


def print_stack(f=None, limit=None, file=None):
    if file is None:
        file = sys.stderr
    for s in format_stack(limit=limit):
        print(s, file=file, end='')
