"""hashlib for hotloop: message digests over the Go core _hashlib
(vm/mod_hashlib.go), with CPython 3.11's interface and error messages.

The hash objects (_hashlib.HASH, _hashlib.HASHXOF) are native; this
module holds the constructors and their argument checks
(docs/stdlib.md, "hashlib"). The algorithms are those of Go's
standard library: md5, sha1, sha224, sha256, sha384, sha512,
sha512_224, sha512_256, sha3_224/256/384/512 and shake_128/256; BLAKE2
(blake2b, blake2s), which Go's standard library lacks, is vm/blake2.go.
"""

import _hashlib
from _hotloop import hide_frame as _hide_frame

__all__ = ('md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512',
           'blake2b', 'blake2s', 'sha3_224', 'sha3_256', 'sha3_384', 'sha3_512',
           'shake_128', 'shake_256', 'new', 'algorithms_guaranteed',
           'algorithms_available', 'pbkdf2_hmac', 'file_digest')

algorithms_guaranteed = {'blake2b', 'blake2s',
                         'md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512',
                         'sha3_224', 'sha3_256', 'sha3_384', 'sha3_512',
                         'shake_128', 'shake_256'}
algorithms_available = algorithms_guaranteed | {'sha512_224', 'sha512_256'}


@_hide_frame
def _index(n):
    if not isinstance(n, int):
        try:
            n = n.__index__()
        except AttributeError:
            raise TypeError("'%s' object cannot be interpreted as an integer"
                            % type(n).__name__) from None
    return n


@_hide_frame
def _args(fname, args, kwargs):
    """The data argument of a constructor, checked as Argument Clinic
    checks `openssl_x(string=b'', *, usedforsecurity=True)`."""
    if len(args) > 1:
        raise TypeError("%s() takes at most 1 positional argument (%d given)"
                        % (fname, len(args)))
    data = args[0] if args else None
    for k in kwargs:
        if k == 'string':
            if args:
                raise TypeError("argument for %s() given by name ('string') and position (1)"
                                % fname)
            data = kwargs[k]
        elif k != 'usedforsecurity':
            raise TypeError("'%s' is an invalid keyword argument for %s()" % (k, fname))
    return data


def _constructor(algo):
    fname = 'openssl_' + algo

    @_hide_frame
    def construct(*args, **kwargs):
        return _hashlib.new(algo, _args(fname, args, kwargs))
    construct.__name__ = fname
    construct.__qualname__ = fname
    construct.__doc__ = 'Returns a %s hash object; optionally initialized with a string' % algo
    return construct


md5 = _constructor('md5')
sha1 = _constructor('sha1')
sha224 = _constructor('sha224')
sha256 = _constructor('sha256')
sha384 = _constructor('sha384')
sha512 = _constructor('sha512')
sha3_224 = _constructor('sha3_224')
sha3_256 = _constructor('sha3_256')
sha3_384 = _constructor('sha3_384')
sha3_512 = _constructor('sha3_512')
shake_128 = _constructor('shake_128')
shake_256 = _constructor('shake_256')
blake2b = _hashlib.blake2b
blake2s = _hashlib.blake2s


@_hide_frame
def __hash_new(name, data=b'', **kwargs):
    """new(name, data=b'', **kwargs) - Return a new hashing object using the
    named algorithm; optionally initialized with data (which must be a
    bytes-like object)."""
    if name in ('blake2b', 'blake2s'):
        return _hashlib.blake2b(data, **kwargs) if name == 'blake2b' else _hashlib.blake2s(data, **kwargs)
    for k in kwargs:
        if k not in ('usedforsecurity', 'string'):
            raise TypeError("'%s' is an invalid keyword argument for new()" % k)
    if 'string' in kwargs:
        data = kwargs['string']
    return _hashlib.new(name, data)


new = __hash_new


@_hide_frame
def pbkdf2_hmac(hash_name, password, salt, iterations, dklen=None):
    """Password based key derivation function 2 (PKCS #5 v2.0) with HMAC as
    pseudorandom function."""
    if not isinstance(hash_name, str):
        raise TypeError("pbkdf2_hmac() argument 'hash_name' must be str, not %s"
                        % type(hash_name).__name__)
    for v in (password, salt):
        if not isinstance(v, (bytes, bytearray)):
            raise TypeError("a bytes-like object is required, not '%s'" % type(v).__name__)
    iterations = _index(iterations)
    if iterations < 1:
        raise ValueError("iteration value must be greater than 0.")
    name, size, _ = _hashlib.info(hash_name)
    if dklen is None:
        dklen = size
    dklen = _index(dklen)
    if dklen < 1:
        raise ValueError("key length must be greater than 0.")
    return _hashlib.pbkdf2_hmac(name, password, salt, iterations, dklen)


def file_digest(fileobj, digest, /, *, _bufsize=2**18):
    """Hash the contents of a file-like object opened for reading in
    binary mode."""
    if isinstance(digest, str):
        digestobj = new(digest)
    else:
        digestobj = digest()
    if not (hasattr(fileobj, 'readinto') or hasattr(fileobj, 'read')) or \
            (hasattr(fileobj, 'readable') and not fileobj.readable()):
        raise ValueError(
            f"'{fileobj!r}' is not a file-like object in binary reading mode.")
    while True:
        data = fileobj.read(_bufsize)
        if not data:
            break
        digestobj.update(data)
    return digestobj
