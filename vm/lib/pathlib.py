"""Object-oriented filesystem paths (hotloop's own pathlib, with CPython
3.11's interface and behaviour for POSIX paths).

A path is kept as CPython keeps it: a drive (always '' on POSIX), a root
('', '/' or, for exactly two leading slashes, '//') and a list of parts
whose first is drive + root when either is set; '.' components and
repeated or trailing slashes are dropped when parsing, '..' is kept.
Equality, hashing and ordering use those parts. Windows paths are not
provided (PureWindowsPath and WindowsPath raise NotImplementedError), nor
the methods that need functions hotloop's os lacks (chmod, symlinks,
owner and group).
"""

import fnmatch
import io
import os
import re
import sys
from errno import ENOENT, ENOTDIR, EBADF, ELOOP, EEXIST
from stat import S_ISDIR, S_ISLNK, S_ISREG, S_ISSOCK, S_ISBLK, S_ISCHR, S_ISFIFO

__all__ = ["PurePath", "PurePosixPath", "PureWindowsPath", "Path",
           "PosixPath", "WindowsPath"]

_IGNORED_ERRNOS = (ENOENT, ENOTDIR, EBADF, ELOOP)
_SEP = '/'


_URI_SAFE = frozenset(b'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_.-~/')


def _quote(data):
    # urllib.parse.quote_from_bytes(data, safe='/'), which as_uri uses
    return ''.join(chr(b) if b in _URI_SAFE else '%%%02X' % b for b in data)


def _ignore_error(exception):
    return getattr(exception, 'errno', None) in _IGNORED_ERRNOS


def _split_root(part):
    # ('', root, rest) of one POSIX path string
    if part and part[0] == _SEP:
        rest = part.lstrip(_SEP)
        if len(part) - len(rest) == 2:
            return '', _SEP * 2, rest
        return '', _SEP, rest
    return '', '', part


def _parse_parts(parts):
    """drive, root and the parts list of the joined path strings (a later
    rooted string discards what came before it)."""
    found = []
    drv = root = ''
    for part in reversed(parts):
        if not part:
            continue
        drv, root, rel = _split_root(part)
        for x in reversed(rel.split(_SEP)):
            if x and x != '.':
                found.append(sys.intern(x))
        if drv or root:
            break
    if drv or root:
        found.append(drv + root)
    found.reverse()
    return drv, root, found


def _join_parsed(drv, root, parts, drv2, root2, parts2):
    if root2:
        return drv2, root2, list(parts2)
    return drv, root, parts + parts2


def _format_parsed(drv, root, parts):
    if drv or root:
        return drv + root + _SEP.join(parts[1:])
    return _SEP.join(parts)


class _PathParents:
    """The sequence of a path's ancestors (path.parents)."""

    __slots__ = ('_pathcls', '_drv', '_root', '_parts')

    def __init__(self, path):
        self._pathcls = type(path)
        self._drv = path._drv
        self._root = path._root
        self._parts = path._parts

    def __len__(self):
        if self._drv or self._root:
            return len(self._parts) - 1
        return len(self._parts)

    def __getitem__(self, idx):
        if isinstance(idx, slice):
            return tuple(self[i] for i in range(*idx.indices(len(self))))
        if idx >= len(self) or idx < -len(self):
            raise IndexError(idx)
        if idx < 0:
            idx += len(self)
        return self._pathcls._from_parsed_parts(self._drv, self._root, self._parts[:-idx - 1])

    def __iter__(self):
        for i in range(len(self)):
            yield self[i]

    def __repr__(self):
        return "<{}.parents>".format(self._pathcls.__name__)


class PurePath(object):
    """A path of the local system's kind, without filesystem access."""

    __slots__ = ('_drv', '_root', '_parts', '_str', '_hash', '_pparts', '_cached_cparts')

    def __new__(cls, *args):
        if cls is PurePath:
            cls = PurePosixPath
        return cls._from_parts(args)

    def __reduce__(self):
        return (self.__class__, tuple(self._parts))

    @classmethod
    def _parse_args(cls, args):
        strings = []
        for a in args:
            if isinstance(a, PurePath):
                strings += a._parts
            else:
                a = os.fspath(a)
                if isinstance(a, str):
                    strings.append(str(a))
                else:
                    raise TypeError(
                        "argument should be a str object or an os.PathLike "
                        "object returning str, not %r" % type(a))
        return _parse_parts(strings)

    @classmethod
    def _from_parts(cls, args):
        self = object.__new__(cls)
        drv, root, parts = self._parse_args(args)
        self._drv = drv
        self._root = root
        self._parts = parts
        return self

    @classmethod
    def _from_parsed_parts(cls, drv, root, parts):
        self = object.__new__(cls)
        self._drv = drv
        self._root = root
        self._parts = parts
        return self

    def _make_child(self, args):
        drv, root, parts = self._parse_args(args)
        return self._from_parsed_parts(*_join_parsed(self._drv, self._root, self._parts,
                                                     drv, root, parts))

    def __str__(self):
        try:
            return self._str
        except AttributeError:
            self._str = _format_parsed(self._drv, self._root, self._parts) or '.'
            return self._str

    def __fspath__(self):
        return str(self)

    def as_posix(self):
        return str(self)

    def __bytes__(self):
        return os.fsencode(self)

    def __repr__(self):
        return "{}({!r})".format(self.__class__.__name__, self.as_posix())

    def as_uri(self):
        if not self.is_absolute():
            raise ValueError("relative path can't be expressed as a file URI")
        return 'file://' + _quote(os.fsencode(str(self)))

    @property
    def _cparts(self):
        try:
            return self._cached_cparts
        except AttributeError:
            self._cached_cparts = list(self._parts)
            return self._cached_cparts

    def __eq__(self, other):
        if not isinstance(other, PurePath) or not self._same_flavour(other):
            return NotImplemented
        return self._cparts == other._cparts

    def __hash__(self):
        try:
            return self._hash
        except AttributeError:
            self._hash = hash(tuple(self._cparts))
            return self._hash

    def _same_flavour(self, other):
        return isinstance(other, PurePosixPath) == isinstance(self, PurePosixPath)

    def __lt__(self, other):
        if not isinstance(other, PurePath) or not self._same_flavour(other):
            return NotImplemented
        return self._cparts < other._cparts

    def __le__(self, other):
        if not isinstance(other, PurePath) or not self._same_flavour(other):
            return NotImplemented
        return self._cparts <= other._cparts

    def __gt__(self, other):
        if not isinstance(other, PurePath) or not self._same_flavour(other):
            return NotImplemented
        return self._cparts > other._cparts

    def __ge__(self, other):
        if not isinstance(other, PurePath) or not self._same_flavour(other):
            return NotImplemented
        return self._cparts >= other._cparts

    @property
    def drive(self):
        return self._drv

    @property
    def root(self):
        return self._root

    @property
    def anchor(self):
        return self._drv + self._root

    @property
    def name(self):
        parts = self._parts
        if len(parts) == (1 if (self._drv or self._root) else 0):
            return ''
        return parts[-1]

    @property
    def suffix(self):
        name = self.name
        i = name.rfind('.')
        if 0 < i < len(name) - 1:
            return name[i:]
        return ''

    @property
    def suffixes(self):
        name = self.name
        if name.endswith('.'):
            return []
        name = name.lstrip('.')
        return ['.' + s for s in name.split('.')[1:]]

    @property
    def stem(self):
        name = self.name
        i = name.rfind('.')
        if 0 < i < len(name) - 1:
            return name[:i]
        return name

    def with_name(self, name):
        if not self.name:
            raise ValueError("%r has an empty name" % (self,))
        drv, root, parts = _parse_parts((name,))
        if not name or name[-1] == _SEP or drv or root or len(parts) != 1:
            raise ValueError("Invalid name %r" % (name))
        return self._from_parsed_parts(self._drv, self._root, self._parts[:-1] + [name])

    def with_stem(self, stem):
        return self.with_name(stem + self.suffix)

    def with_suffix(self, suffix):
        if _SEP in suffix:
            raise ValueError("Invalid suffix %r" % (suffix,))
        if suffix and not suffix.startswith('.') or suffix == '.':
            raise ValueError("Invalid suffix %r" % (suffix))
        name = self.name
        if not name:
            raise ValueError("%r has an empty name" % (self,))
        old = self.suffix
        if not old:
            name = name + suffix
        else:
            name = name[:-len(old)] + suffix
        return self._from_parsed_parts(self._drv, self._root, self._parts[:-1] + [name])

    def relative_to(self, *other):
        if not other:
            raise TypeError("need at least one argument")
        parts = self._parts
        drv, root = self._drv, self._root
        mine = [drv, root] + parts[1:] if root else parts
        to_drv, to_root, to_parts = self._parse_args(other)
        theirs = [to_drv, to_root] + to_parts[1:] if to_root else to_parts
        n = len(theirs)
        if (root or drv) if n == 0 else mine[:n] != theirs:
            formatted = _format_parsed(to_drv, to_root, to_parts)
            raise ValueError("{!r} is not in the subpath of {!r}"
                             " OR one path is relative and the other is absolute."
                             .format(str(self), str(formatted)))
        return self._from_parsed_parts('', root if n == 1 else '', mine[n:])

    def is_relative_to(self, *other):
        try:
            self.relative_to(*other)
            return True
        except ValueError:
            return False

    @property
    def parts(self):
        try:
            return self._pparts
        except AttributeError:
            self._pparts = tuple(self._parts)
            return self._pparts

    def joinpath(self, *args):
        return self._make_child(args)

    def __truediv__(self, key):
        try:
            return self._make_child((key,))
        except TypeError:
            return NotImplemented

    def __rtruediv__(self, key):
        try:
            return self._from_parts([key] + self._parts)
        except TypeError:
            return NotImplemented

    @property
    def parent(self):
        drv, root, parts = self._drv, self._root, self._parts
        if len(parts) == 1 and (drv or root):
            return self
        return self._from_parsed_parts(drv, root, parts[:-1])

    @property
    def parents(self):
        return _PathParents(self)

    def is_absolute(self):
        return bool(self._root)

    def is_reserved(self):
        return False

    def match(self, path_pattern):
        drv, root, pat_parts = _parse_parts((path_pattern,))
        if not pat_parts:
            raise ValueError("empty pattern")
        if drv and drv != self._drv:
            return False
        if root and root != self._root:
            return False
        parts = self._cparts
        if drv or root:
            if len(pat_parts) != len(parts):
                return False
            pat_parts = pat_parts[1:]
        elif len(pat_parts) > len(parts):
            return False
        for part, pat in zip(reversed(parts), reversed(pat_parts)):
            if not fnmatch.fnmatchcase(part, pat):
                return False
        return True





class PurePosixPath(PurePath):
    """A POSIX path without filesystem access."""
    __slots__ = ()


class PureWindowsPath(PurePath):
    """Windows paths: not provided by hotloop."""
    __slots__ = ()

    def __new__(cls, *args):
        raise NotImplementedError("hotloop's pathlib has no Windows paths")


def _is_wildcard(pattern):
    return '*' in pattern or '?' in pattern or '[' in pattern


def _select(parent, parts, seen):
    # the paths below parent matching the pattern parts, in the order
    # the directory listings give
    if not parts:
        yield parent
        return
    pat, rest = parts[0], parts[1:]
    if pat == '**':
        for d in _walk_dirs(parent):
            for p in _select(d, rest, seen):
                if p not in seen:
                    seen.add(p)
                    yield p
        return
    if not _is_wildcard(pat):
        child = parent._make_child_relpath(pat)
        if rest:
            if child.is_dir():
                yield from _select(child, rest, seen)
        elif child.exists():
            yield child
        return
    matcher = re.compile(fnmatch.translate(pat)).fullmatch
    try:
        entries = list(os.scandir(parent))
    except PermissionError:
        return
    for entry in entries:
        if rest:
            try:
                if not entry.is_dir():
                    continue
            except OSError as e:
                if not _ignore_error(e):
                    raise
                continue
        if matcher(entry.name):
            yield from _select(parent._make_child_relpath(entry.name), rest, seen)


def _walk_dirs(top):
    yield top
    try:
        entries = list(os.scandir(top))
    except PermissionError:
        return
    for entry in entries:
        try:
            if entry.is_dir() and not entry.is_symlink():
                yield from _walk_dirs(top._make_child_relpath(entry.name))
        except PermissionError:
            pass


class Path(PurePath):
    """A path of the local system's kind, with filesystem access."""

    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        if cls is Path:
            cls = PosixPath
        self = cls._from_parts(args)
        if cls is WindowsPath:
            raise NotImplementedError("cannot instantiate %r on your system" % (cls.__name__,))
        return self

    def _make_child_relpath(self, part):
        return self._from_parsed_parts(self._drv, self._root, self._parts + [part])

    def __enter__(self):
        import warnings
        warnings.warn("pathlib.Path.__enter__() is deprecated and scheduled "
                      "for removal in Python 3.13; Path objects as a context "
                      "manager is a no-op", DeprecationWarning, stacklevel=2)
        return self

    def __exit__(self, t, v, tb):
        pass

    @classmethod
    def cwd(cls):
        return cls(os.getcwd())

    @classmethod
    def home(cls):
        return cls("~").expanduser()

    def samefile(self, other_path):
        st = self.stat()
        try:
            other = other_path.stat()
        except AttributeError:
            other = self.__class__(other_path).stat()
        return st.st_ino == other.st_ino and st.st_dev == other.st_dev

    def iterdir(self):
        for name in os.listdir(self):
            yield self._make_child_relpath(name)

    def _glob_parts(self, pattern):
        drv, root, parts = _parse_parts((pattern,))
        if drv or root:
            raise NotImplementedError("Non-relative patterns are unsupported")
        if not parts:
            raise ValueError("Unacceptable pattern: {!r}".format(pattern))
        if pattern[-1] == _SEP:
            parts.append('')
        return parts

    def glob(self, pattern):
        """The paths below this one matching pattern ('**' for any depth)."""
        parts = self._glob_parts(pattern)
        if parts[-1] == '':
            parts = parts[:-1]
            for p in _select(self, parts, set()):
                if p.is_dir():
                    yield p
            return
        yield from _select(self, parts, set())

    def rglob(self, pattern):
        """glob('**/' + pattern)."""
        parts = ['**'] + self._glob_parts(pattern)
        if parts[-1] == '':
            parts = parts[:-1]
            for p in _select(self, parts, set()):
                if p.is_dir():
                    yield p
            return
        yield from _select(self, parts, set())

    def absolute(self):
        if self.is_absolute():
            return self
        return self._from_parts([os.getcwd()] + self._parts)

    def resolve(self, strict=False):
        if strict:
            os.stat(self)
        return self._from_parts((os.path.realpath(self),))

    def stat(self, *, follow_symlinks=True):
        return os.stat(self, follow_symlinks=follow_symlinks)

    def lstat(self):
        return self.stat(follow_symlinks=False)

    def open(self, mode='r', buffering=-1, encoding=None, errors=None, newline=None):
        # (CPython passes encoding "locale" here; hotloop's locale is UTF-8,
        # which is open()'s default)
        return io.open(self, mode, buffering, encoding, errors, newline)

    def read_bytes(self):
        with self.open(mode='rb') as f:
            return f.read()

    def read_text(self, encoding=None, errors=None):
        with self.open(mode='r', encoding=encoding, errors=errors) as f:
            return f.read()

    def write_bytes(self, data):
        view = memoryview(data)
        with self.open(mode='wb') as f:
            return f.write(view)

    def write_text(self, data, encoding=None, errors=None, newline=None):
        if not isinstance(data, str):
            raise TypeError('data must be str, not %s' % data.__class__.__name__)
        with self.open(mode='w', encoding=encoding, errors=errors, newline=newline) as f:
            return f.write(data)

    def touch(self, mode=0o666, exist_ok=True):
        if exist_ok:
            with open(self, 'a'):
                pass
        else:
            with open(self, 'x'):
                pass

    def mkdir(self, mode=0o777, parents=False, exist_ok=False):
        try:
            os.mkdir(self, mode)
        except FileNotFoundError:
            if not parents or self.parent == self:
                raise
            self.parent.mkdir(parents=True, exist_ok=True)
            self.mkdir(mode, parents=False, exist_ok=exist_ok)
        except OSError:
            if not exist_ok or not self.is_dir():
                raise

    def unlink(self, missing_ok=False):
        try:
            os.unlink(self)
        except FileNotFoundError:
            if not missing_ok:
                raise

    def rmdir(self):
        os.rmdir(self)

    def rename(self, target):
        os.rename(self, target)
        return self.__class__(target)

    def replace(self, target):
        os.replace(self, target)
        return self.__class__(target)

    def _stat_test(self, test, follow=True):
        try:
            st = self.stat() if follow else self.lstat()
        except OSError as e:
            if not _ignore_error(e):
                raise
            return False
        except ValueError:
            return False
        return test(st.st_mode)

    def exists(self):
        return self._stat_test(lambda mode: True)

    def is_dir(self):
        return self._stat_test(S_ISDIR)

    def is_file(self):
        return self._stat_test(S_ISREG)

    def is_symlink(self):
        return self._stat_test(S_ISLNK, follow=False)

    def is_socket(self):
        return self._stat_test(S_ISSOCK)

    def is_fifo(self):
        return self._stat_test(S_ISFIFO)

    def is_block_device(self):
        return self._stat_test(S_ISBLK)

    def is_char_device(self):
        return self._stat_test(S_ISCHR)

    def is_mount(self):
        if not self.exists() or not self.is_dir():
            return False
        try:
            parent_dev = self.parent.stat().st_dev
        except OSError:
            return False
        dev = self.stat().st_dev
        if dev != parent_dev:
            return True
        return self.stat().st_ino == self.parent.stat().st_ino

    def expanduser(self):
        if not (self._drv or self._root) and self._parts and self._parts[0][:1] == '~':
            homedir = os.path.expanduser(self._parts[0])
            if homedir[:1] == "~":
                raise RuntimeError("Could not determine home directory.")
            return self._from_parts([homedir] + self._parts[1:])
        return self


class PosixPath(Path, PurePosixPath):
    """A POSIX path with filesystem access."""
    __slots__ = ()


class WindowsPath(Path, PureWindowsPath):
    """Windows paths: cannot be made on POSIX systems."""
    __slots__ = ()
