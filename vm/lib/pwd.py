"""The password database (hotloop's pwd): the entries of /etc/passwd,
which is where Linux keeps local accounts (CPython asks the C library,
which on such systems reads the same file; accounts from network
directories are not seen here)."""

from collections import namedtuple as _namedtuple

__all__ = ['getpwuid', 'getpwnam', 'getpwall', 'struct_passwd']

_FIELDS = 'pw_name pw_passwd pw_uid pw_gid pw_gecos pw_dir pw_shell'


class struct_passwd(_namedtuple('struct_passwd', _FIELDS)):
    """pwd.struct_passwd: one account."""
    __slots__ = ()

    def __new__(cls, seq):
        # made from one 7-item sequence, as struct sequences are
        return super().__new__(cls, *seq)

    def __repr__(self):
        return 'pwd.struct_passwd(%s)' % ', '.join(
            '%s=%r' % (f, getattr(self, f)) for f in _FIELDS.split())


def getpwall():
    """Every entry of the database, in file order."""
    entries = []
    try:
        with open('/etc/passwd', encoding='utf-8', errors='surrogateescape') as f:
            for line in f:
                fields = line.rstrip('\n').split(':')
                if len(fields) != 7 or line.startswith(('#', '+', '-')):
                    continue
                try:
                    uid, gid = int(fields[2]), int(fields[3])
                except ValueError:
                    continue
                entries.append(struct_passwd((fields[0], fields[1], uid, gid,
                                              fields[4], fields[5], fields[6])))
    except OSError:
        pass
    return entries


def getpwuid(uid):
    """The entry of user id uid."""
    if not isinstance(uid, int):
        raise TypeError('uid should be integer, not %s' % type(uid).__name__)
    for e in getpwall():
        if e.pw_uid == uid:
            return e
    raise KeyError('getpwuid(): uid not found: %d' % uid)


def getpwnam(name):
    """The entry of the user called name."""
    if not isinstance(name, str):
        raise TypeError('getpwnam() argument must be str, not %s' % type(name).__name__)
    for e in getpwall():
        if e.pw_name == name:
            return e
    raise KeyError("getpwnam(): name not found: %r" % name)
