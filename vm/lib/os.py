"""os for hotloop: the common functions of CPython's os module over the
Go core posix (docs/stdlib.md, "os")."""

import abc as _abc
import sys
import posix
import posixpath as path
from posix import (getcwd, listdir, mkdir, rmdir, remove, unlink, rename,
                   chdir, access, getpid, strerror, urandom, cpu_count,
                   getuid, geteuid, getgid, getegid, getppid,
                   open, read, write, close, lseek, isatty, ftruncate,
                   O_RDONLY, O_WRONLY, O_RDWR, O_CREAT, O_TRUNC, O_APPEND,
                   O_EXCL, O_CLOEXEC, SEEK_SET, SEEK_CUR, SEEK_END, F_OK,
                   R_OK, W_OK, X_OK)

sys.modules["os.path"] = path

name = "posix"
sep = path.sep
altsep = path.altsep
extsep = path.extsep
pathsep = path.pathsep
curdir = path.curdir
pardir = path.pardir
defpath = path.defpath
devnull = path.devnull
linesep = "\n"

error = OSError


class stat_result(tuple):
    """The result of stat(): a 10-tuple with st_* attributes."""

    n_sequence_fields = 10
    n_fields = 10
    n_unnamed_fields = 0

    @property
    def st_mode(self):
        return self[0]

    @property
    def st_ino(self):
        return self[1]

    @property
    def st_dev(self):
        return self[2]

    @property
    def st_nlink(self):
        return self[3]

    @property
    def st_uid(self):
        return self[4]

    @property
    def st_gid(self):
        return self[5]

    @property
    def st_size(self):
        return self[6]

    @property
    def st_atime(self):
        return self[7]

    @property
    def st_mtime(self):
        return self[8]

    @property
    def st_ctime(self):
        return self[9]

    def __repr__(self):
        names = ("st_mode", "st_ino", "st_dev", "st_nlink", "st_uid",
                 "st_gid", "st_size", "st_atime", "st_mtime", "st_ctime")
        vals = list(self[:7]) + [int(x) for x in self[7:]]
        return "os.stat_result(" + ", ".join(
            "%s=%r" % (n, v) for n, v in zip(names, vals)) + ")"


def stat(path, *, dir_fd=None, follow_symlinks=True):
    if follow_symlinks:
        return stat_result(posix.stat(path))
    return stat_result(posix.lstat(path))


def lstat(path, *, dir_fd=None):
    return stat_result(posix.lstat(path))


def fstat(fd):
    return stat_result(posix.stat(fd))


def fspath(path):
    if isinstance(path, (str, bytes)):
        return path
    f = getattr(type(path), "__fspath__", None)
    if f is None:
        raise TypeError("expected str, bytes or os.PathLike object, not "
                        + type(path).__name__)
    r = f(path)
    if isinstance(r, (str, bytes)):
        return r
    raise TypeError("expected %s.__fspath__() to return str or bytes, not %s"
                    % (type(path).__name__, type(r).__name__))


class PathLike(_abc.ABC):
    """The abstract base of objects with __fspath__ (an ABC, so that
    isinstance asks __subclasshook__ and pathlib's classes count)."""

    @_abc.abstractmethod
    def __fspath__(self):
        raise NotImplementedError

    @classmethod
    def __subclasshook__(cls, subclass):
        if cls is PathLike:
            return hasattr(subclass, "__fspath__") or NotImplemented
        return NotImplemented


class _Environ(dict):
    """os.environ: a dict whose changes reach the process environment."""

    def __setitem__(self, key, value):
        if not isinstance(key, str):
            raise TypeError("str expected, not %s" % type(key).__name__)
        if not isinstance(value, str):
            raise TypeError("str expected, not %s" % type(value).__name__)
        posix.putenv(key, value)
        dict.__setitem__(self, key, value)

    def __delitem__(self, key):
        dict.__delitem__(self, key)
        posix.unsetenv(key)

    def pop(self, key, *default):
        if key in self:
            v = dict.__getitem__(self, key)
            del self[key]
            return v
        if default:
            return default[0]
        raise KeyError(key)

    def setdefault(self, key, value):
        if key not in self:
            self[key] = value
        return self[key]

    def update(self, *args, **kw):
        for k, v in dict(*args, **kw).items():
            self[k] = v

    def copy(self):
        return dict(self)

    def __repr__(self):
        return "environ({%s})" % ", ".join(
            "%r: %r" % (k, v) for k, v in self.items())


environ = _Environ(posix.environ)


def getenv(key, default=None):
    return environ.get(key, default)


def putenv(key, value):
    posix.putenv(key, value)


def unsetenv(key):
    posix.unsetenv(key)


def makedirs(name, mode=0o777, exist_ok=False):
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    if head and tail and not path.exists(head):
        try:
            makedirs(head, exist_ok=exist_ok)
        except FileExistsError:
            pass
        if tail == curdir:
            return
    try:
        mkdir(name, mode)
    except OSError:
        if not exist_ok or not path.isdir(name):
            raise


def removedirs(name):
    rmdir(name)
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    while head and tail:
        try:
            rmdir(head)
        except OSError:
            break
        head, tail = path.split(head)


def renames(old, new):
    head, tail = path.split(new)
    if head and tail and not path.exists(head):
        makedirs(head)
    rename(old, new)


def replace(src, dst):
    rename(src, dst)


class DirEntry:
    """An entry of scandir()."""

    def __init__(self, dirpath, name):
        self.name = name
        self.path = path.join(dirpath, name)

    def is_dir(self, *, follow_symlinks=True):
        return path.isdir(self.path)

    def is_file(self, *, follow_symlinks=True):
        return path.isfile(self.path)

    def is_symlink(self):
        return path.islink(self.path)

    def stat(self, *, follow_symlinks=True):
        return stat(self.path, follow_symlinks=follow_symlinks)

    def __fspath__(self):
        return self.path

    def __repr__(self):
        return "<DirEntry %r>" % self.name


class _ScandirIterator:
    def __init__(self, entries):
        self._it = iter(entries)

    def __iter__(self):
        return self

    def __next__(self):
        return next(self._it)

    def __enter__(self):
        return self

    def __exit__(self, *a):
        return False

    def close(self):
        pass


def scandir(path="."):
    return _ScandirIterator([DirEntry(path, n) for n in listdir(path)])


def walk(top, topdown=True, onerror=None, followlinks=False):
    top = fspath(top)
    try:
        names = listdir(top)
    except OSError as err:
        if onerror is not None:
            onerror(err)
        return
    dirs, nondirs = [], []
    for n in names:
        full = path.join(top, n)
        if path.isdir(full):
            dirs.append(n)
        else:
            nondirs.append(n)
    if topdown:
        yield top, dirs, nondirs
        for d in dirs:
            full = path.join(top, d)
            if followlinks or not path.islink(full):
                yield from walk(full, topdown, onerror, followlinks)
    else:
        for d in dirs:
            full = path.join(top, d)
            if followlinks or not path.islink(full):
                yield from walk(full, topdown, onerror, followlinks)
        yield top, dirs, nondirs


def get_terminal_size(fd=1):
    import shutil
    return shutil.get_terminal_size()


def fsencode(filename):
    filename = fspath(filename)
    if isinstance(filename, str):
        return filename.encode("utf-8", "surrogateescape")
    return filename


def fsdecode(filename):
    filename = fspath(filename)
    if isinstance(filename, bytes):
        return filename.decode("utf-8", "surrogateescape")
    return filename


def getcwdb():
    return getcwd().encode()
