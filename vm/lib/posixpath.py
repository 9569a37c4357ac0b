"""os.path for hotloop (POSIX path names), over the Go core posix."""

import posix

__all__ = ["join", "split", "splitext", "basename", "dirname", "exists",
           "lexists", "isfile", "isdir", "islink", "isabs", "getsize",
           "getmtime", "getatime", "getctime", "abspath", "normpath",
           "realpath", "relpath", "expanduser", "expandvars",
           "commonprefix", "commonpath", "normcase", "splitdrive", "sep",
           "curdir", "pardir", "extsep", "altsep", "pathsep", "defpath",
           "devnull", "samefile"]

sep = "/"
curdir = "."
pardir = ".."
extsep = "."
altsep = None
pathsep = ":"
defpath = "/bin:/usr/bin"
devnull = "/dev/null"
supports_unicode_filenames = False


def _fspath(p):
    if isinstance(p, (str, bytes)):
        return p
    f = getattr(type(p), "__fspath__", None)
    if f is None:
        raise TypeError("expected str, bytes or os.PathLike object, not "
                        + type(p).__name__)
    r = f(p)
    if not isinstance(r, (str, bytes)):
        raise TypeError("expected %s.__fspath__() to return str or bytes, not %s"
                        % (type(p).__name__, type(r).__name__))
    return r


def _sep(p):
    return b"/" if isinstance(p, bytes) else "/"


def normcase(s):
    return _fspath(s)


def isabs(s):
    s = _fspath(s)
    return s.startswith(_sep(s))


def join(a, *p):
    a = _fspath(a)
    s = _sep(a)
    path = a
    for b in p:
        b = _fspath(b)
        if type(b) is not type(a):
            raise TypeError("Can't mix strings and bytes in path components")
        if b.startswith(s):
            path = b
        elif not path or path.endswith(s):
            path += b
        else:
            path += s + b
    return path


def split(p):
    p = _fspath(p)
    s = _sep(p)
    i = p.rfind(s) + 1
    head, tail = p[:i], p[i:]
    if head and head != s * len(head):
        head = head.rstrip(s)
    return head, tail


def splitext(p):
    p = _fspath(p)
    if isinstance(p, bytes):
        s, dot = b"/", b"."
    else:
        s, dot = "/", "."
    sep_index = p.rfind(s)
    dot_index = p.rfind(dot)
    if dot_index > sep_index:
        filename_index = sep_index + 1
        while filename_index < dot_index:
            if p[filename_index:filename_index + 1] != dot:
                return p[:dot_index], p[dot_index:]
            filename_index += 1
    return p, p[:0]


def splitdrive(p):
    p = _fspath(p)
    return p[:0], p


def basename(p):
    p = _fspath(p)
    return p[p.rfind(_sep(p)) + 1:]


def dirname(p):
    p = _fspath(p)
    s = _sep(p)
    head = p[:p.rfind(s) + 1]
    if head and head != s * len(head):
        head = head.rstrip(s)
    return head


def _stat(p):
    try:
        return posix.stat(p)
    except (OSError, ValueError):
        return None


def exists(path):
    return _stat(path) is not None


def lexists(path):
    try:
        posix.lstat(path)
    except (OSError, ValueError):
        return False
    return True


def isfile(path):
    st = _stat(path)
    return st is not None and st[0] & 0o170000 == 0o100000


def isdir(s):
    st = _stat(s)
    return st is not None and st[0] & 0o170000 == 0o040000


def islink(path):
    try:
        st = posix.lstat(path)
    except (OSError, ValueError):
        return False
    return st[0] & 0o170000 == 0o120000


def getsize(filename):
    return posix.stat(filename)[6]


def getatime(filename):
    return posix.stat(filename)[7]


def getmtime(filename):
    return posix.stat(filename)[8]


def getctime(filename):
    return posix.stat(filename)[9]


def samefile(f1, f2):
    a = posix.stat(f1)
    b = posix.stat(f2)
    return a[1] == b[1] and a[2] == b[2]


def normpath(path):
    path = _fspath(path)
    if isinstance(path, bytes):
        s, empty, dot, dotdot = b"/", b"", b".", b".."
    else:
        s, empty, dot, dotdot = "/", "", ".", ".."
    if path == empty:
        return dot
    initial = 0
    if path.startswith(s):
        initial = 1
        if path.startswith(s * 2) and not path.startswith(s * 3):
            initial = 2
    comps = path.split(s)
    out = []
    for comp in comps:
        if comp in (empty, dot):
            continue
        if comp != dotdot or (not initial and not out) or (out and out[-1] == dotdot):
            out.append(comp)
        elif out:
            out.pop()
    path = s.join(out)
    if initial:
        path = s * initial + path
    return path or dot


def abspath(path):
    path = _fspath(path)
    if not isabs(path):
        cwd = posix.getcwd()
        if isinstance(path, bytes):
            cwd = cwd.encode()
        path = join(cwd, path)
    return normpath(path)


def realpath(filename, *, strict=False):
    filename = _fspath(filename)
    path = abspath(filename)
    s = _sep(path)
    parts = path.split(s)[1:]
    result = s
    seen = 0
    for i, part in enumerate(parts):
        candidate = join(result, part)
        if islink(candidate) and seen < 40:
            seen += 1
            target = _readlink(candidate)
            if target is None:
                result = candidate
                continue
            rest = s.join(parts[i + 1:])
            return realpath(join(dirname(candidate), target, rest) if rest else join(dirname(candidate), target))
        result = candidate
    return normpath(result)


def _readlink(p):
    try:
        import posix as _p
        return _p.readlink(p)
    except (AttributeError, OSError):
        return None


def relpath(path, start=None):
    path = _fspath(path)
    if not path:
        raise ValueError("no path specified")
    if start is None:
        start = "."
    start = _fspath(start)
    s = _sep(path)
    start_list = [x for x in abspath(start).split(s) if x]
    path_list = [x for x in abspath(path).split(s) if x]
    i = len(commonprefix([start_list, path_list]))
    rel_list = [".."] * (len(start_list) - i) + path_list[i:]
    if not rel_list:
        return "."
    return join(*rel_list)


def commonprefix(m):
    if not m:
        return ""
    s1 = min(m)
    s2 = max(m)
    for i, c in enumerate(s1):
        if c != s2[i]:
            return s1[:i]
    return s1


def commonpath(paths):
    if not paths:
        raise ValueError("commonpath() arg is an empty sequence")
    paths = [_fspath(p) for p in paths]
    s = _sep(paths[0])
    split_paths = [p.split(s) for p in paths]
    isabs_ = {p.startswith(s) for p in paths}
    if len(isabs_) != 1:
        raise ValueError("Can't mix absolute and relative paths")
    split_paths = [[c for c in sp if c and c != "."] for sp in split_paths]
    lo = min(split_paths)
    hi = max(split_paths)
    common = lo
    for i, c in enumerate(lo):
        if c != hi[i]:
            common = lo[:i]
            break
    prefix = s if paths[0].startswith(s) else s[:0]
    return prefix + s.join(common)


def expanduser(path):
    path = _fspath(path)
    if not path.startswith("~"):
        return path
    i = path.find("/", 1)
    if i < 0:
        i = len(path)
    if i == 1:
        import os
        home = os.environ.get("HOME")
        if home is None:
            # no $HOME: the account's home directory, as CPython asks pwd
            import pwd
            try:
                home = pwd.getpwuid(posix.getuid()).pw_dir
            except KeyError:
                return path
    else:
        import pwd
        try:
            home = pwd.getpwnam(path[1:i]).pw_dir
        except KeyError:
            return path
    return (home.rstrip("/") + path[i:]) or "/"


def expandvars(path):
    path = _fspath(path)
    if "$" not in path:
        return path
    out = []
    i = 0
    n = len(path)
    while i < n:
        c = path[i]
        if c == "$" and i + 1 < n:
            if path[i + 1] == "{":
                j = path.find("}", i + 2)
                if j < 0:
                    out.append(path[i:])
                    break
                name = path[i + 2:j]
                end = j + 1
            else:
                j = i + 1
                while j < n and (path[j].isalnum() or path[j] == "_"):
                    j += 1
                name = path[i + 1:j]
                end = j
            if name and name in posix.environ:
                out.append(posix.environ[name])
            else:
                out.append(path[i:end])
            i = end if end > i + 1 else i + 1
            if end <= i:
                out.append(c)
        else:
            out.append(c)
            i += 1
    return "".join(out)
