"""urllib.parse for hotloop: splitting, joining and percent-quoting URLs
with CPython 3.11's rules and messages (docs/stdlib.md, "urllib.parse,
tempfile, shutil, html")."""

import re as _re
from functools import lru_cache as _lru_cache
from collections import namedtuple as _namedtuple

__all__ = ["urlparse", "urlunparse", "urljoin", "urldefrag", "urlsplit",
           "urlunsplit", "urlencode", "parse_qs", "parse_qsl", "quote",
           "quote_plus", "quote_from_bytes", "unquote", "unquote_plus",
           "unquote_to_bytes", "DefragResult", "ParseResult", "SplitResult",
           "DefragResultBytes", "ParseResultBytes", "SplitResultBytes"]

uses_relative = ['', 'ftp', 'http', 'gopher', 'nntp', 'imap', 'wais',
                 'file', 'https', 'shttp', 'mms', 'prospero', 'rtsp',
                 'rtsps', 'rtspu', 'sftp', 'svn', 'svn+ssh', 'ws', 'wss']
uses_netloc = ['', 'ftp', 'http', 'gopher', 'nntp', 'telnet', 'imap',
               'wais', 'file', 'mms', 'https', 'shttp', 'snews',
               'prospero', 'rtsp', 'rtsps', 'rtspu', 'rsync', 'svn',
               'svn+ssh', 'sftp', 'nfs', 'git', 'git+ssh', 'ws', 'wss']
uses_params = ['', 'ftp', 'hdl', 'prospero', 'http', 'imap', 'https',
               'shttp', 'rtsp', 'rtsps', 'rtspu', 'sip', 'sips', 'mms',
               'sftp', 'tel']
non_hierarchical = ['gopher', 'hdl', 'mailto', 'news', 'telnet', 'wais',
                    'imap', 'snews', 'sip', 'sips']
uses_query = ['', 'http', 'wais', 'imap', 'https', 'shttp', 'mms',
              'gopher', 'rtsp', 'rtsps', 'rtspu', 'sip', 'sips']
uses_fragment = ['', 'ftp', 'hdl', 'http', 'gopher', 'news', 'nntp',
                 'wais', 'https', 'shttp', 'snews', 'file', 'prospero']

scheme_chars = ('abcdefghijklmnopqrstuvwxyz'
                'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789+-.')

# Leading C0 controls and spaces are stripped from a URL (WHATWG); tabs and
# newlines anywhere in it are dropped.
_C0_OR_SPACE = ''.join(chr(i) for i in range(33))
_DROPPED = '\t\r\n'


# -- str/bytes coercion ------------------------------------------------------

def _identity(x):
    return x


def _encode_result(obj, encoding='ascii', errors='strict'):
    return obj.encode(encoding, errors)


def _coerce_args(*args):
    """Decode bytes arguments to str; returns them plus the function that
    turns a str result back into the caller's type."""
    str_input = isinstance(args[0], str)
    for arg in args[1:]:
        if arg and isinstance(arg, str) != str_input:
            raise TypeError("Cannot mix str and non-str arguments")
    if str_input:
        return args + (_identity,)
    out = []
    for x in args:
        out.append(x.decode('ascii', 'strict') if x else '')
    return tuple(out) + (_encode_result,)


# -- result types ------------------------------------------------------------

class _NetlocMixin:
    """The netloc accessors shared by SplitResult and ParseResult (str and
    bytes alike)."""
    __slots__ = ()

    def _split_userinfo(self):
        netloc = self.netloc
        at = b'@' if isinstance(netloc, bytes) else '@'
        colon = b':' if isinstance(netloc, bytes) else ':'
        userinfo, have_info, _ = netloc.rpartition(at)
        if not have_info:
            return None, None
        user, have_pw, pw = userinfo.partition(colon)
        return user, (pw if have_pw else None)

    def _split_hostinfo(self):
        netloc = self.netloc
        b = isinstance(netloc, bytes)
        at, lb, rb, colon = (b'@', b'[', b']', b':') if b else ('@', '[', ']', ':')
        hostinfo = netloc.rpartition(at)[2]
        _, opened, bracketed = hostinfo.partition(lb)
        if opened:
            host, _, rest = bracketed.partition(rb)
            port = rest.partition(colon)[2]
        else:
            host, _, port = hostinfo.partition(colon)
        return host, (port or None)

    @property
    def username(self):
        return self._split_userinfo()[0]

    @property
    def password(self):
        return self._split_userinfo()[1]

    @property
    def hostname(self):
        host = self._split_hostinfo()[0]
        if not host:
            return None
        pct = b'%' if isinstance(host, bytes) else '%'
        name, sep, zone = host.partition(pct)
        return name.lower() + sep + zone

    @property
    def port(self):
        port = self._split_hostinfo()[1]
        if port is None:
            return None
        if port.isdigit() and port.isascii():
            port = int(port)
        else:
            raise ValueError(f"Port could not be cast to integer value as {port!r}")
        if not 0 <= port <= 65535:
            raise ValueError("Port out of range 0-65535")
        return port


class _StrMixin:
    __slots__ = ()

    def encode(self, encoding='ascii', errors='strict'):
        return self._bytes_type(*(x.encode(encoding, errors) for x in self))


class _BytesMixin:
    __slots__ = ()

    def decode(self, encoding='ascii', errors='strict'):
        return self._str_type(*(x.decode(encoding, errors) for x in self))


_DefragBase = _namedtuple('DefragResult', 'url fragment')
_SplitBase = _namedtuple('SplitResult', 'scheme netloc path query fragment')
_ParseBase = _namedtuple('ParseResult',
                         'scheme netloc path params query fragment')


class DefragResult(_DefragBase, _StrMixin):
    """urldefrag's result: the URL without its fragment, and the fragment."""
    __slots__ = ()

    def geturl(self):
        return self.url + '#' + self.fragment if self.fragment else self.url


class SplitResult(_SplitBase, _NetlocMixin, _StrMixin):
    """urlsplit's result: scheme, netloc, path, query, fragment."""
    __slots__ = ()

    def geturl(self):
        return urlunsplit(self)


class ParseResult(_ParseBase, _NetlocMixin, _StrMixin):
    """urlparse's result: scheme, netloc, path, params, query, fragment."""
    __slots__ = ()

    def geturl(self):
        return urlunparse(self)


class DefragResultBytes(_DefragBase, _BytesMixin):
    """DefragResult for bytes URLs."""
    __slots__ = ()

    def geturl(self):
        return self.url + b'#' + self.fragment if self.fragment else self.url


class SplitResultBytes(_SplitBase, _NetlocMixin, _BytesMixin):
    """SplitResult for bytes URLs."""
    __slots__ = ()

    def geturl(self):
        return urlunsplit(self)


class ParseResultBytes(_ParseBase, _NetlocMixin, _BytesMixin):
    """ParseResult for bytes URLs."""
    __slots__ = ()

    def geturl(self):
        return urlunparse(self)


for _s, _b in ((DefragResult, DefragResultBytes),
               (SplitResult, SplitResultBytes),
               (ParseResult, ParseResultBytes)):
    _s._bytes_type = _b
    _b._str_type = _s
del _s, _b


# -- splitting and joining ---------------------------------------------------

def _is_ipv4(text):
    parts = text.split('.')
    if len(parts) != 4:
        return False
    for p in parts:
        if not p or len(p) > 3 or not (p.isascii() and p.isdigit()):
            return False
        if int(p) > 255 or (len(p) > 1 and p[0] == '0'):
            return False
    return True


def _is_ipv6(text):
    text = text.partition('%')[0]
    if '::' in text:
        if text.count('::') > 1:
            return False
        head, _, tail = text.partition('::')
        groups = ([g for g in head.split(':')] if head else []) + \
                 ([g for g in tail.split(':')] if tail else [])
        limit = 7
    else:
        groups = text.split(':')
        limit = 8
    if groups and '.' in groups[-1]:
        if not _is_ipv4(groups[-1]):
            return False
        groups = groups[:-1]
        limit -= 1
    if len(groups) > limit or ('::' not in text and len(groups) != limit):
        return False
    for g in groups:
        if not g or len(g) > 4:
            return False
        for c in g:
            if c not in '0123456789abcdefABCDEF':
                return False
    return True


def _check_bracketed_host(host):
    if host.startswith('v'):
        if not _re.match(r"\Av[a-fA-F0-9]+\..+\Z", host):
            raise ValueError("IPvFuture address is invalid")
    elif _is_ipv4(host):
        raise ValueError("An IPv4 address cannot be in brackets")
    elif not _is_ipv6(host):
        raise ValueError(f"{host!r} does not appear to be an IPv4 or IPv6 address")


def _split_netloc(url, start=0):
    end = len(url)
    for c in '/?#':
        i = url.find(c, start)
        if i >= 0 and i < end:
            end = i
    return url[start:end], url[end:]


def _split_params(url):
    if '/' in url:
        i = url.find(';', url.rfind('/'))
        if i < 0:
            return url, ''
    else:
        i = url.find(';')
    return url[:i], url[i + 1:]


def urlsplit(url, scheme='', allow_fragments=True):
    """Split a URL into scheme, netloc, path, query and fragment; percent
    escapes are left alone."""
    url, scheme, back = _coerce_args(url, scheme)
    url = url.lstrip(_C0_OR_SPACE)
    scheme = scheme.strip(_C0_OR_SPACE)
    for c in _DROPPED:
        url = url.replace(c, '')
        scheme = scheme.replace(c, '')
    netloc = query = fragment = ''
    colon = url.find(':')
    if colon > 0 and url[0].isascii() and url[0].isalpha():
        for c in url[:colon]:
            if c not in scheme_chars:
                break
        else:
            scheme, url = url[:colon].lower(), url[colon + 1:]
    if url[:2] == '//':
        netloc, url = _split_netloc(url, 2)
        if ('[' in netloc) != (']' in netloc):
            raise ValueError("Invalid IPv6 URL")
        if '[' in netloc:
            _check_bracketed_host(netloc.partition('[')[2].partition(']')[0])
    if allow_fragments and '#' in url:
        url, fragment = url.split('#', 1)
    if '?' in url:
        url, query = url.split('?', 1)
    result = SplitResult(scheme, netloc, url, query, fragment)
    return result if back is _identity else result.encode()


def urlparse(url, scheme='', allow_fragments=True):
    """Split a URL into scheme, netloc, path, params, query and fragment."""
    url, scheme, back = _coerce_args(url, scheme)
    scheme, netloc, url, query, fragment = urlsplit(url, scheme, allow_fragments)
    if scheme in uses_params and ';' in url:
        url, params = _split_params(url)
    else:
        params = ''
    result = ParseResult(scheme, netloc, url, params, query, fragment)
    return result if back is _identity else result.encode()


def urlunsplit(components):
    """Join the five parts urlsplit returns back into a URL."""
    scheme, netloc, url, query, fragment, back = _coerce_args(*components)
    if netloc or (scheme and scheme in uses_netloc and url[:2] != '//'):
        if url and url[:1] != '/':
            url = '/' + url
        url = '//' + (netloc or '') + url
    if scheme:
        url = scheme + ':' + url
    if query:
        url = url + '?' + query
    if fragment:
        url = url + '#' + fragment
    return back(url)


def urlunparse(components):
    """Join the six parts urlparse returns back into a URL."""
    scheme, netloc, url, params, query, fragment, back = _coerce_args(*components)
    if params:
        url = "%s;%s" % (url, params)
    return back(urlunsplit((scheme, netloc, url, query, fragment)))


def urljoin(base, url, allow_fragments=True):
    """Resolve url against base (RFC 3986 section 5.2)."""
    if not base:
        return url
    if not url:
        return base
    base, url, back = _coerce_args(base, url)
    bscheme, bnetloc, bpath, bparams, bquery, _ = urlparse(base, '', allow_fragments)
    scheme, netloc, path, params, query, fragment = urlparse(url, bscheme, allow_fragments)
    if scheme != bscheme or scheme not in uses_relative:
        return back(url)
    if scheme in uses_netloc:
        if netloc:
            return back(urlunparse((scheme, netloc, path, params, query, fragment)))
        netloc = bnetloc
    if not path and not params:
        if not query:
            query = bquery
        return back(urlunparse((scheme, netloc, bpath, bparams, query, fragment)))
    base_parts = bpath.split('/')
    if base_parts[-1] != '':
        base_parts.pop()
    if path[:1] == '/':
        segments = path.split('/')
    else:
        segments = base_parts + path.split('/')
        segments[1:-1] = [s for s in segments[1:-1] if s]
    out = []
    for seg in segments:
        if seg == '..':
            if out:
                out.pop()
        elif seg != '.':
            out.append(seg)
    if segments[-1] in ('.', '..'):
        out.append('')
    return back(urlunparse((scheme, netloc, '/'.join(out) or '/', params,
                            query, fragment)))


def urldefrag(url):
    """Split off the fragment: returns DefragResult(url, fragment)."""
    url, back = _coerce_args(url)
    if '#' in url:
        s, n, p, a, q, frag = urlparse(url)
        result = DefragResult(urlunparse((s, n, p, a, q, '')), frag)
    else:
        result = DefragResult(url, '')
    return result if back is _identity else result.encode()


# -- quoting -----------------------------------------------------------------

_ALWAYS_SAFE = frozenset(b'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz'
                         b'0123456789_.-~')
_ALWAYS_SAFE_BYTES = bytes(sorted(_ALWAYS_SAFE))
_HEX = '0123456789ABCDEFabcdef'
_HEX_TO_BYTE = {(a + b).encode(): bytes([int(a + b, 16)])
                for a in _HEX for b in _HEX}


def unquote_to_bytes(string):
    """Replace %xx escapes by the bytes they stand for: 'a%20b' -> b'a b'."""
    if not string:
        string.split
        return b''
    if isinstance(string, str):
        string = string.encode('utf-8')
    pieces = string.split(b'%')
    if len(pieces) == 1:
        return bytes(string)
    out = [pieces[0]]
    for piece in pieces[1:]:
        byte = _HEX_TO_BYTE.get(bytes(piece[:2]))
        if byte is None:
            out.append(b'%')
            out.append(piece)
        else:
            out.append(byte)
            out.append(piece[2:])
    return b''.join(out)


def unquote(string, encoding='utf-8', errors='replace'):
    """Replace %xx escapes by the characters they encode (UTF-8 by default,
    bad sequences become U+FFFD)."""
    if isinstance(string, bytes):
        return unquote_to_bytes(string).decode(encoding, errors)
    if '%' not in string:
        string.split
        return string
    if encoding is None:
        encoding = 'utf-8'
    if errors is None:
        errors = 'replace'
    if string.isascii():
        return unquote_to_bytes(string).decode(encoding, errors)
    # Runs of ASCII are decoded together, so multi-byte escapes join up;
    # other characters pass through untouched. The runs are found in the
    # UTF-8 bytes: indexing or regex-splitting a non-ASCII str is not O(1)
    # per step in hotloop.
    data = string.encode('utf-8', 'surrogatepass')
    out = []
    i = 0
    n = len(data)
    while i < n:
        j = i + 1
        if data[i] < 0x80:
            while j < n and data[j] < 0x80:
                j += 1
            out.append(unquote_to_bytes(data[i:j]).decode(encoding, errors))
        else:
            while j < n and data[j] >= 0x80:
                j += 1
            out.append(data[i:j].decode('utf-8', 'surrogatepass'))
        i = j
    return ''.join(out)


def unquote_plus(string, encoding='utf-8', errors='replace'):
    """unquote() that also turns '+' into a space (HTML form values)."""
    return unquote(string.replace('+', ' '), encoding, errors)


def quote_from_bytes(bs, safe='/'):
    """Percent-quote bytes; returns an ASCII str."""
    if not isinstance(bs, (bytes, bytearray)):
        raise TypeError("quote_from_bytes() expected bytes")
    if not bs:
        return ''
    if isinstance(safe, str):
        safe = safe.encode('ascii', 'ignore')
    else:
        safe = bytes([c for c in safe if c < 128])
    if not bs.rstrip(_ALWAYS_SAFE_BYTES + safe):
        return bs.decode()
    table = _quote_table(safe)
    return ''.join([table[c] for c in bs])


@_lru_cache
def _quote_table(safe):
    """The 256 replacement strings for the bytes safe (kept per safe)."""
    keep = _ALWAYS_SAFE.union(safe)
    return tuple(chr(c) if c in keep else '%%%02X' % c for c in range(256))


def quote(string, safe='/', encoding=None, errors=None):
    """Percent-quote every character outside letters, digits, '_.-~' and
    safe; str is encoded first (UTF-8, strict by default)."""
    if isinstance(string, str):
        if not string:
            return string
        string = string.encode(encoding or 'utf-8', errors or 'strict')
    else:
        if encoding is not None:
            raise TypeError("quote() doesn't support 'encoding' for bytes")
        if errors is not None:
            raise TypeError("quote() doesn't support 'errors' for bytes")
    return quote_from_bytes(string, safe)


def quote_plus(string, safe='', encoding=None, errors=None):
    """quote() for HTML form values: spaces become '+'."""
    if ((isinstance(string, str) and ' ' not in string) or
            (isinstance(string, bytes) and b' ' not in string)):
        return quote(string, safe, encoding, errors)
    space = ' ' if isinstance(safe, str) else b' '
    return quote(string, safe + space, encoding, errors).replace(' ', '+')


def urlencode(query, doseq=False, safe='', encoding=None, errors=None,
              quote_via=quote_plus):
    """Encode a mapping or a sequence of pairs as 'k=v&k2=v2'; with doseq
    a sequence value gives one pair per element."""
    if hasattr(query, "items"):
        query = query.items()
    else:
        try:
            if len(query) and not isinstance(query[0], tuple):
                raise TypeError
        except TypeError as err:
            raise TypeError("not a valid non-string sequence "
                            "or mapping object") from err

    def one(x):
        if isinstance(x, bytes):
            return quote_via(x, safe)
        return quote_via(str(x), safe, encoding, errors)

    pairs = []
    for k, v in query:
        k = one(k)
        if not doseq or isinstance(v, (str, bytes)):
            pairs.append(k + '=' + one(v))
            continue
        try:
            len(v)
        except TypeError:
            pairs.append(k + '=' + one(v))
        else:
            for elt in v:
                pairs.append(k + '=' + one(elt))
    return '&'.join(pairs)


def parse_qsl(qs, keep_blank_values=False, strict_parsing=False,
              encoding='utf-8', errors='replace', max_num_fields=None,
              separator='&'):
    """Parse a query string into a list of (name, value) pairs."""
    qs, back = _coerce_args(qs)
    separator = _coerce_args(separator)[0]
    if not separator or not isinstance(separator, (str, bytes)):
        raise ValueError("Separator must be of type string or bytes.")
    if max_num_fields is not None:
        fields = 1 + qs.count(separator) if qs else 0
        if max_num_fields < fields:
            raise ValueError('Max number of fields exceeded')
    pairs = []
    for field in (qs.split(separator) if qs else []):
        if not field and not strict_parsing:
            continue
        nv = field.split('=', 1)
        if len(nv) != 2:
            if strict_parsing:
                raise ValueError("bad query field: %r" % (field,))
            if not keep_blank_values:
                continue
            nv.append('')
        if nv[1] or keep_blank_values:
            name = back(unquote(nv[0].replace('+', ' '), encoding=encoding, errors=errors))
            value = back(unquote(nv[1].replace('+', ' '), encoding=encoding, errors=errors))
            pairs.append((name, value))
    return pairs


def parse_qs(qs, keep_blank_values=False, strict_parsing=False,
             encoding='utf-8', errors='replace', max_num_fields=None,
             separator='&'):
    """Parse a query string into a dict of name -> list of values."""
    result = {}
    for name, value in parse_qsl(qs, keep_blank_values, strict_parsing,
                                 encoding=encoding, errors=errors,
                                 max_num_fields=max_num_fields,
                                 separator=separator):
        if name in result:
            result[name].append(value)
        else:
            result[name] = [value]
    return result
