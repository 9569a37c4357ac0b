"""Printing and formatting exceptions (hotloop's own implementation of the
commonly used part of CPython 3.11's traceback module). The text is the
report the VM prints for an uncaught exception (_hotloop.format_exception),
so print_exc() and an uncaught error look the same, as in CPython.
"""

import sys
import _hotloop

__all__ = ['print_exc', 'format_exc', 'print_exception', 'format_exception',
           'format_exception_only', 'print_last', 'print_stack',
           'format_stack', 'extract_stack', 'format_list', 'print_list',
           'extract_tb', 'format_tb', 'print_tb', 'walk_tb',
           'FrameSummary', 'StackSummary']


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


class FrameSummary:
    """One entry of a stack: filename, lineno, name (the function's
    code name) and line (its source, stripped). It unpacks as the
    4-tuple (filename, lineno, name, line), as CPython's does."""

    __slots__ = ('filename', 'lineno', 'name', '_line', 'locals')

    def __init__(self, filename, lineno, name, *, lookup_line=True,
                 locals=None, line=None):
        self.filename = filename
        self.lineno = lineno
        self.name = name
        self._line = line
        self.locals = locals

    @property
    def line(self):
        if self._line is None:
            if self.lineno is None:
                return None
            self._line = _hotloop.source_line(self.filename, self.lineno) or ''
        return self._line.strip()

    def __iter__(self):
        return iter([self.filename, self.lineno, self.name, self.line])

    def __getitem__(self, pos):
        return (self.filename, self.lineno, self.name, self.line)[pos]

    def __len__(self):
        return 4

    def __eq__(self, other):
        if isinstance(other, FrameSummary):
            return (self.filename == other.filename and self.lineno == other.lineno
                    and self.name == other.name and self.locals == other.locals)
        if isinstance(other, tuple):
            return (self.filename, self.lineno, self.name, self.line) == other
        return NotImplemented

    def __repr__(self):
        return "<FrameSummary file {filename}, line {lineno} in {name}>".format(
            filename=self.filename, lineno=self.lineno, name=self.name)


class StackSummary(list):
    """A list of FrameSummary entries, outermost first."""

    @classmethod
    def from_list(klass, a_list):
        result = StackSummary()
        for frame in a_list:
            if isinstance(frame, FrameSummary):
                result.append(frame)
            else:
                filename, lineno, name, line = frame
                result.append(FrameSummary(filename, lineno, name, line=line))
        return result

    def format(self):
        out = []
        for fs in self:
            row = '  File "{}", line {}, in {}\n'.format(fs.filename, fs.lineno, fs.name)
            if fs.line:
                row += '    {}\n'.format(fs.line)
            out.append(row)
        return out


def _stack_from(depth, limit):
    # The frames from depth levels above this function outward, outermost
    # first; limit keeps that many innermost (> 0) or outermost (< 0).
    out = StackSummary()
    while True:
        loc = _hotloop.caller_code(depth)
        if loc is None:
            break
        out.append(FrameSummary(loc[0], loc[1], loc[2]))
        depth += 1
    out.reverse()
    if limit is not None:
        if limit >= 0:
            del out[:len(out) - limit]
        else:
            del out[-limit:]
    return out


def extract_stack(f=None, limit=None):
    """The caller's stack as a StackSummary, outermost first (hotloop has
    no frame objects: f is ignored, the stack is the caller's)."""
    return _stack_from(2, limit)


def format_list(extracted_list):
    """The report lines of a list of FrameSummary (or 4-tuples)."""
    return StackSummary.from_list(extracted_list).format()


def print_list(extracted_list, file=None):
    """Writes format_list(extracted_list) to file (sys.stderr)."""
    if file is None:
        file = sys.stderr
    for item in format_list(extracted_list):
        print(item, file=file, end='')


def format_stack(f=None, limit=None):
    """The report lines of the caller's stack."""
    return _stack_from(2, limit).format()


def print_stack(f=None, limit=None, file=None):
    """Writes the caller's stack to file (sys.stderr)."""
    if file is None:
        file = sys.stderr
    for s in _stack_from(2, limit).format():
        print(s, file=file, end='')


def walk_tb(tb):
    """Yield (frame, lineno) for each entry of a traceback chain,
    outermost first."""
    while tb is not None:
        yield tb.tb_frame, tb.tb_lineno
        tb = tb.tb_next


def _limit_from_sys(limit):
    if limit is None:
        limit = getattr(sys, 'tracebacklimit', None)
        if limit is not None and limit < 0:
            limit = 0
    return limit


def extract_tb(tb, limit=None):
    """The entries of a traceback chain as a StackSummary, outermost
    first; limit keeps that many outermost (> 0) or innermost (< 0)."""
    limit = _limit_from_sys(limit)
    out = StackSummary()
    for frame, lineno in walk_tb(tb):
        code = frame.f_code
        out.append(FrameSummary(code.co_filename, lineno, code.co_name))
    if limit is not None:
        if limit >= 0:
            del out[limit:]
        else:
            del out[:len(out) + limit]
    return out


def format_tb(tb, limit=None):
    """The report lines of a traceback chain, one string per frame, with
    the source lines and carets an uncaught exception's report shows."""
    return _split(_hotloop.format_tb(tb, _limit_from_sys(limit)))


def print_tb(tb, limit=None, file=None):
    """Write format_tb(tb, limit) to file (sys.stderr)."""
    if file is None:
        file = sys.stderr
    for item in format_tb(tb, limit):
        print(item, file=file, end='')
