"""Constants and tests for the st_mode of os.stat() results (hotloop's own
stat module, with CPython 3.11's names and Linux's values).

filemode() builds the 'ls -l' style string one position at a time: the
file type letter, then for each of owner, group and others r, w and x,
where the set-user-id, set-group-id and sticky bits turn x into s/t
(S/T when the matching x bit is clear).
"""

FILE_ATTRIBUTE_ARCHIVE = 32
FILE_ATTRIBUTE_COMPRESSED = 2048
FILE_ATTRIBUTE_DEVICE = 64
FILE_ATTRIBUTE_DIRECTORY = 16
FILE_ATTRIBUTE_ENCRYPTED = 16384
FILE_ATTRIBUTE_HIDDEN = 2
FILE_ATTRIBUTE_INTEGRITY_STREAM = 32768
FILE_ATTRIBUTE_NORMAL = 128
FILE_ATTRIBUTE_NOT_CONTENT_INDEXED = 8192
FILE_ATTRIBUTE_NO_SCRUB_DATA = 131072
FILE_ATTRIBUTE_OFFLINE = 4096
FILE_ATTRIBUTE_READONLY = 1
FILE_ATTRIBUTE_REPARSE_POINT = 1024
FILE_ATTRIBUTE_SPARSE_FILE = 512
FILE_ATTRIBUTE_SYSTEM = 4
FILE_ATTRIBUTE_TEMPORARY = 256
FILE_ATTRIBUTE_VIRTUAL = 65536
SF_APPEND = 0o1000000
SF_ARCHIVED = 0o200000
SF_IMMUTABLE = 0o400000
SF_NOUNLINK = 0o4000000
SF_SNAPSHOT = 0o10000000
ST_ATIME = 7
ST_CTIME = 9
ST_DEV = 2
ST_GID = 5
ST_INO = 1
ST_MODE = 0
ST_MTIME = 8
ST_NLINK = 3
ST_SIZE = 6
ST_UID = 4
S_ENFMT = 1024
S_IEXEC = 0o100
S_IFBLK = 0o60000
S_IFCHR = 0o20000
S_IFDIR = 0o40000
S_IFDOOR = 0o0
S_IFIFO = 0o10000
S_IFLNK = 0o120000
S_IFPORT = 0o0
S_IFREG = 0o100000
S_IFSOCK = 0o140000
S_IFWHT = 0o0
S_IREAD = 0o400
S_IRGRP = 0o40
S_IROTH = 0o4
S_IRUSR = 0o400
S_IRWXG = 0o70
S_IRWXO = 0o7
S_IRWXU = 0o700
S_ISGID = 0o2000
S_ISUID = 0o4000
S_ISVTX = 0o1000
S_IWGRP = 0o20
S_IWOTH = 0o2
S_IWRITE = 0o200
S_IWUSR = 0o200
S_IXGRP = 0o10
S_IXOTH = 0o1
S_IXUSR = 0o100
UF_APPEND = 0o4
UF_COMPRESSED = 0o40
UF_HIDDEN = 0o100000
UF_IMMUTABLE = 0o2
UF_NODUMP = 0o1
UF_NOUNLINK = 0o20
UF_OPAQUE = 0o10


def S_IMODE(mode):
    """The permission bits of mode (those chmod() sets)."""
    return mode & 0o7777


def S_IFMT(mode):
    """The file type bits of mode."""
    return mode & 0o170000


def S_ISDIR(mode):
    return S_IFMT(mode) == S_IFDIR


def S_ISCHR(mode):
    return S_IFMT(mode) == S_IFCHR


def S_ISBLK(mode):
    return S_IFMT(mode) == S_IFBLK


def S_ISREG(mode):
    return S_IFMT(mode) == S_IFREG


def S_ISFIFO(mode):
    return S_IFMT(mode) == S_IFIFO


def S_ISLNK(mode):
    return S_IFMT(mode) == S_IFLNK


def S_ISSOCK(mode):
    return S_IFMT(mode) == S_IFSOCK


def S_ISDOOR(mode):
    return False


def S_ISPORT(mode):
    return False


def S_ISWHT(mode):
    return False


_TYPE_LETTERS = ((S_IFLNK, 'l'), (S_IFSOCK, 's'), (S_IFREG, '-'),
                 (S_IFBLK, 'b'), (S_IFDIR, 'd'), (S_IFCHR, 'c'),
                 (S_IFIFO, 'p'))


def _perm(mode, r, w, x, special, on_exec, on_noexec):
    out = 'r' if mode & r else '-'
    out += 'w' if mode & w else '-'
    if mode & special:
        out += on_exec if mode & x else on_noexec
    else:
        out += 'x' if mode & x else '-'
    return out


def filemode(mode):
    """mode as a string like '-rwxr-xr-x'."""
    kind = '?'
    for bits, letter in _TYPE_LETTERS:
        if S_IFMT(mode) == bits:
            kind = letter
            break
    return (kind
            + _perm(mode, S_IRUSR, S_IWUSR, S_IXUSR, S_ISUID, 's', 'S')
            + _perm(mode, S_IRGRP, S_IWGRP, S_IXGRP, S_ISGID, 's', 'S')
            + _perm(mode, S_IROTH, S_IWOTH, S_IXOTH, S_ISVTX, 't', 'T'))
