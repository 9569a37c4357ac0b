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


_CHAIN_MESSAGES = (
    'The above exception was the direct cause of the following exception:\n',
    'During handling of the above exception, another exception occurred:\n',
)


def _margin(line):
    """The margin of a report line ('' outside exception groups, else the
    indent and '| ' or '+ ') and the rest of the line."""
    s = line.lstrip(' ')
    if s[:2] in ('| ', '+ '):
        n = len(line) - len(s) + 2
        return line[:n], line[n:]
    return '', line


def _split(text):
    """The items of format_exception: each frame's lines together, each
    chain message with its blank lines, every other line alone."""
    lines = text.splitlines(True)
    out = []
    frame_margin = None
    i = 0
    while i < len(lines):
        line = lines[i]
        m, rest = _margin(line)
        if frame_margin == m and rest.startswith('    '):
            out[-1] += line
            i += 1
            continue
        frame_margin = m if rest.startswith('  File ') else None
        if rest == '\n' and i + 2 < len(lines) and lines[i + 2] == line:
            mm, msg = _margin(lines[i + 1])
            if mm == m and msg in _CHAIN_MESSAGES:
                out.append(line + lines[i + 1] + lines[i + 2])
                i += 3
                continue
        out.append(line)
        i += 1
    return out


def format_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None, chain=True):
    """The lines of the report of an exception, as printed for an
    uncaught one (each frame's lines are one string)."""
    e = _exc_from_args(exc, value, tb)
    if e is None:
        return ['NoneType: None\n']
    return _split(_hotloop.format_exception(e, chain))


def format_exception_only(exc, /, value=_sentinel):
    """The last line of the report: 'Type: message\\n' (and the notes)."""
    e = _exc_from_args(exc, value, None)
    if e is None:
        return ['NoneType: None\n']
    lines = _split(_hotloop.format_exception(e, False))
    if isinstance(e, BaseExceptionGroup):
        # the group's own lines, before its first sub-exception, unboxed
        own = []
        for line in lines:
            if line.startswith('  +-'):
                break
            own.append(''.join(_margin(part)[1] for part in line.splitlines(True)))
        lines = own
    i = len(lines)
    while i > 0 and not lines[i - 1].startswith('  File ') and not lines[i - 1].startswith(
            ('Traceback', 'Exception Group Traceback')):
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
