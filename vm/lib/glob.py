"""glob for hotloop: file names matching shell-style patterns, with
CPython 3.11's interface and order of results.

Written for hotloop. A pattern is expanded one path component at a time,
left to right; names come in the order os.scandir lists them (the
directory's own order, as in CPython), '**' with recursive=True matches
any run of directories (itself first, then each subtree before the next),
and names starting with '.' match only patterns that start with '.'
unless include_hidden is true.
"""

import fnmatch
import os
import re

__all__ = ["escape", "glob", "iglob"]

_MAGIC = re.compile('([*?[])')
_MAGIC_BYTES = re.compile(b'([*?[])')


def glob(pathname, *, root_dir=None, dir_fd=None, recursive=False, include_hidden=False):
    """The list of paths matching pathname (possibly empty)."""
    return list(iglob(pathname, root_dir=root_dir, dir_fd=dir_fd, recursive=recursive,
                      include_hidden=include_hidden))


def iglob(pathname, *, root_dir=None, dir_fd=None, recursive=False, include_hidden=False):
    """An iterator over the paths matching pathname."""
    if dir_fd is not None:
        raise NotImplementedError("glob: dir_fd is not supported by hotloop")
    root = os.fspath(root_dir) if root_dir is not None else pathname[:0]
    found = _expand(pathname, root, recursive, False, include_hidden)
    if not pathname or (recursive and _is_recursive(pathname[:2])):
        return _skip_empty(found)
    return found


def _skip_empty(found):
    for p in found:
        if p:
            yield p


def has_magic(s):
    if isinstance(s, bytes):
        return _MAGIC_BYTES.search(s) is not None
    return _MAGIC.search(s) is not None


def _is_recursive(pattern):
    return pattern == (b'**' if isinstance(pattern, bytes) else '**')


def _hidden(name):
    return name[:1] in ('.', b'.')


def _under(root, path):
    # the path to use on disk for path, relative to root_dir
    if not root:
        return path
    return os.path.join(root, path)


def _expand(pathname, root, recursive, dirs_only, include_hidden):
    head, tail = os.path.split(pathname)
    if not has_magic(pathname):
        if tail:
            if os.path.lexists(_under(root, pathname)):
                yield pathname
        elif os.path.isdir(_under(root, head)):
            yield pathname
        return
    if not head:
        yield from _in_dir(root, tail, recursive, dirs_only, include_hidden)
        return
    if head != pathname and has_magic(head):
        parents = _expand(head, root, recursive, True, include_hidden)
    else:
        parents = [head]
    for parent in parents:
        where = _under(root, parent)
        if has_magic(tail):
            names = _in_dir(where, tail, recursive, dirs_only, include_hidden)
        elif tail:
            names = [tail] if os.path.lexists(os.path.join(where, tail)) else []
        else:
            names = [tail] if os.path.isdir(where) else []
        for name in names:
            yield os.path.join(parent, name)


def _in_dir(where, pattern, recursive, dirs_only, include_hidden):
    # the names in directory where (relative to it) that pattern matches
    if recursive and _is_recursive(pattern):
        return _tree(where, pattern[:0], dirs_only, include_hidden)
    names = _list(where, dirs_only)
    if not include_hidden and not _hidden(pattern):
        names = [x for x in names if not _hidden(x)]
    return fnmatch.filter(names, pattern)


def _tree(where, empty, dirs_only, include_hidden):
    yield empty
    yield from _subtree(where, dirs_only, include_hidden)


def _subtree(where, dirs_only, include_hidden):
    for name in _list(where, dirs_only):
        if not include_hidden and _hidden(name):
            continue
        yield name
        inner = os.path.join(where, name) if where else name
        for sub in _subtree(inner, dirs_only, include_hidden):
            yield os.path.join(name, sub)


def _list(where, dirs_only):
    # the entries of where in the directory's order; none if unreadable
    if not where:
        where = os.curdir if isinstance(where, str) else bytes(os.curdir, 'ASCII')
    out = []
    try:
        with os.scandir(where) as entries:
            for entry in entries:
                try:
                    if not dirs_only or entry.is_dir():
                        out.append(entry.name)
                except OSError:
                    pass
    except OSError:
        return []
    return out


def escape(pathname):
    """pathname with its magic characters ('*', '?', '[') made literal."""
    drive, rest = os.path.splitdrive(pathname)
    if isinstance(pathname, bytes):
        rest = _MAGIC_BYTES.sub(br'[\1]', rest)
    else:
        rest = _MAGIC.sub(r'[\1]', rest)
    return drive + rest
