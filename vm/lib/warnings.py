"""Warning control (hotloop's own implementation of CPython 3.11's
warnings module): warn() with stacklevel, the filters (simplefilter,
filterwarnings, resetwarnings) with CPython's default ones, the
'default', 'once', 'module', 'always', 'ignore' and 'error' actions,
showwarning/formatwarning printing 'file:line: Category: message' and the
source line to sys.stderr, and catch_warnings(record=...).
"""

import sys
import _hotloop

__all__ = ['warn', 'warn_explicit', 'showwarning', 'formatwarning',
           'filterwarnings', 'simplefilter', 'resetwarnings',
           'catch_warnings', 'WarningMessage']

class _Prefix:
    """Stand-in for a compiled pattern when re is missing: a literal match
    at the start (or of the whole text)."""

    def __init__(self, pattern, flags, whole=False):
        self.pattern = pattern
        self.icase = bool(flags)
        self.whole = whole

    def match(self, text):
        if self.whole:
            return text == self.pattern
        if self.icase:
            return text.lower().startswith(self.pattern.lower())
        return text.startswith(self.pattern)


filters = [
    ('default', None, DeprecationWarning, _Prefix('__main__', 0, True), 0),
    ('ignore', None, DeprecationWarning, None, 0),
    ('ignore', None, PendingDeprecationWarning, None, 0),
    ('ignore', None, ImportWarning, None, 0),
    ('ignore', None, ResourceWarning, None, 0),
]
defaultaction = 'default'
onceregistry = {}
_registry = {}
_ACTIONS = ('error', 'ignore', 'always', 'default', 'module', 'once')


def _compile(pattern, flags):
    if not pattern:
        return None
    try:
        import re
        return re.compile(pattern, flags)
    except ImportError:
        return _Prefix(pattern, flags)


def _add_filter(item, append):
    if not append:
        try:
            filters.remove(item)
        except ValueError:
            pass
        filters.insert(0, item)
    elif item not in filters:
        filters.append(item)
    _registry.clear()


def filterwarnings(action, message='', category=Warning, module='', lineno=0,
                   append=False):
    """Add a filter: action for warnings whose text matches message (a
    regular expression, case-insensitive) and category and module."""
    if action not in _ACTIONS:
        raise AssertionError('invalid action: %r' % (action,))
    if not isinstance(message, str):
        raise AssertionError('message must be a string')
    if not (isinstance(category, type) and issubclass(category, Warning)):
        raise AssertionError('category must be a class')
    if not isinstance(module, str):
        raise AssertionError('module must be a string')
    if not (isinstance(lineno, int) and lineno >= 0):
        raise AssertionError('lineno must be an int >= 0')
    msg = _compile(message, 2) if message else None
    mod = _compile(module + r'\Z' if module else '', 0) if module else None
    _add_filter((action, msg, category, mod, lineno), append)


def simplefilter(action, category=Warning, lineno=0, append=False):
    """Add a filter: action for every warning of category."""
    if action not in _ACTIONS:
        raise AssertionError('invalid action: %r' % (action,))
    if not (isinstance(lineno, int) and lineno >= 0):
        raise AssertionError('lineno must be an int >= 0')
    _add_filter((action, None, category, None, lineno), append)


def resetwarnings():
    """Remove every filter."""
    filters[:] = []
    _registry.clear()


def formatwarning(message, category, filename, lineno, line=None):
    """'file:line: Category: message\\n' and the source line."""
    s = '%s:%s: %s: %s\n' % (filename, lineno, category.__name__, message)
    if line is None:
        line = _hotloop.source_line(filename, lineno)
    else:
        line = line.strip()
    if line:
        s += '  %s\n' % line
    return s


def _showwarning_default(message, category, filename, lineno, file=None, line=None):
    if file is None:
        file = sys.stderr
        if file is None:
            return
    try:
        file.write(formatwarning(message, category, filename, lineno, line))
    except OSError:
        pass


showwarning = _showwarning_default


class WarningMessage:
    """One recorded warning (catch_warnings(record=True))."""
    _WARNING_DETAILS = ('message', 'category', 'filename', 'lineno', 'file',
                        'line', 'source')

    def __init__(self, message, category, filename, lineno, file=None,
                 line=None, source=None):
        self.message = message
        self.category = category
        self.filename = filename
        self.lineno = lineno
        self.file = file
        self.line = line
        self.source = source
        self._category_name = category.__name__ if category else None

    def __str__(self):
        return ('{message : %r, category : %r, filename : %r, lineno : %s, '
                'line : %r}' % (self.message, self._category_name,
                                self.filename, self.lineno, self.line))


def _match(f, text, category, module, lineno):
    action, msg, cat, mod, ln = f
    return ((msg is None or msg.match(text)) and issubclass(category, cat)
            and (mod is None or mod.match(module)) and (ln == 0 or lineno == ln))


def warn(message, category=None, stacklevel=1, source=None):
    """Issue a warning, or ignore it or raise it, as the filters say."""
    if isinstance(message, Warning):
        category = message.__class__
    if category is None:
        category = UserWarning
    if not (isinstance(category, type) and issubclass(category, Warning)):
        raise TypeError('category must be a Warning subclass, not %r'
                        % (type(category).__name__,))
    loc = _hotloop.caller_location(stacklevel)
    if loc is None:
        filename, lineno, module = 'sys', 1, 'sys'
    else:
        filename, lineno, module = loc
    warn_explicit(message, category, filename, lineno, module)


def warn_explicit(message, category, filename, lineno, module=None,
                  registry=None, module_globals=None, source=None):
    """Issue a warning for a given file, line and module."""
    if module is None:
        module = filename or '<unknown>'
        if module[-3:].lower() == '.py':
            module = module[:-3]
    if isinstance(message, Warning):
        text = str(message)
        category = message.__class__
    else:
        text = message
        message = category(message)
    key = (text, category, lineno)
    for f in filters:
        if _match(f, text, category, module, lineno):
            action = f[0]
            break
    else:
        action = defaultaction
    if action == 'ignore':
        return
    if action == 'error':
        raise message
    if action == 'once':
        okey = (text, category)
        if onceregistry.get(okey):
            return
        onceregistry[okey] = 1
    elif action == 'module':
        mkey = (filename, text, category, 0)
        if _registry.get(mkey):
            return
        _registry[mkey] = 1
    elif action == 'default':
        dkey = (filename, key)
        if _registry.get(dkey):
            return
        _registry[dkey] = 1
    elif action != 'always':
        raise RuntimeError('Unrecognized action (%r) in warnings.filters:\n %s'
                           % (action, f))
    _show(WarningMessage(message, category, filename, lineno, None, None, source))


def _show(msg):
    fn = globals()['showwarning']
    if fn is _showwarning_default:
        _showwarning_default(msg.message, msg.category, msg.filename, msg.lineno,
                             msg.file, msg.line)
    else:
        fn(msg.message, msg.category, msg.filename, msg.lineno)


class catch_warnings:
    """Save the filters and showwarning on entry and restore them on exit;
    with record=True, collect the warnings in a list instead of printing."""

    def __init__(self, *, record=False, module=None, action=None,
                 category=Warning, lineno=0, append=False):
        self._record = record
        self._entered = False
        self._filter = None if action is None else (action, category, lineno, append)

    def __repr__(self):
        args = []
        if self._record:
            args.append('record=True')
        return '%s(%s)' % (type(self).__name__, ', '.join(args))

    def __enter__(self):
        if self._entered:
            raise RuntimeError('Cannot enter %r twice' % self)
        self._entered = True
        g = globals()
        self._filters = filters[:]
        self._showwarning = g['showwarning']
        self._registry = dict(_registry)
        _registry.clear()
        if self._filter is not None:
            simplefilter(*self._filter)
        if self._record:
            log = []

            def record(message, category, filename, lineno, file=None, line=None):
                log.append(WarningMessage(message, category, filename, lineno, file, line))
            g['showwarning'] = record
            return log
        return None

    def __exit__(self, *exc_info):
        if not self._entered:
            raise RuntimeError('Cannot exit %r without entering first' % self)
        filters[:] = self._filters
        globals()['showwarning'] = self._showwarning
        _registry.clear()
        _registry.update(self._registry)
