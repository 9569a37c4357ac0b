"""io for hotloop: StringIO, BytesIO and file objects (FileIO, buffered
readers and writers, TextIOWrapper) over the Go core posix, and open().

CPython writes these in C, so every function here is hidden from
tracebacks (_hotloop.hide_frame), as CPython shows no frames for them
(docs/stdlib.md, "io and open").
"""

import posix
import _hotloop

__all__ = ["open", "StringIO", "BytesIO", "FileIO", "BufferedReader",
           "BufferedWriter", "BufferedRandom", "TextIOWrapper", "IOBase",
           "RawIOBase", "BufferedIOBase", "TextIOBase",
           "UnsupportedOperation", "SEEK_SET", "SEEK_CUR", "SEEK_END",
           "DEFAULT_BUFFER_SIZE", "open_code", "text_encoding"]

SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2
DEFAULT_BUFFER_SIZE = 8192


class UnsupportedOperation(OSError, ValueError):

    __module__ = "io"
    pass




def _hidden(cls):
    """Marks every function of a class as a C function (no frames)."""
    for v in list(cls.__dict__.values()):
        if type(v).__name__ == "function":
            _hotloop.hide_frame(v)
        elif isinstance(v, property):
            for f in (v.fget, v.fset):
                if f is not None and type(f).__name__ == "function":
                    _hotloop.hide_frame(f)
    return cls


@_hidden
class IOBase:
    """The base of all I/O classes: context manager, iteration, lines."""

    __module__ = "io"

    _closed = False

    def _check_closed(self, msg="I/O operation on closed file."):
        if self._closed:
            raise ValueError(msg)

    @property
    def closed(self):
        return self._closed

    def close(self):
        self._closed = True

    def flush(self):
        self._check_closed()

    def readable(self):
        return False

    def writable(self):
        return False

    def seekable(self):
        return False

    def isatty(self):
        self._check_closed()
        return False

    def fileno(self):
        raise UnsupportedOperation("fileno")

    def __enter__(self):
        self._check_closed()
        return self

    def __exit__(self, *args):
        self.close()

    def __iter__(self):
        self._check_closed()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def readlines(self, hint=-1):
        if hint is None or hint <= 0:
            return list(self)
        out = []
        n = 0
        for line in self:
            out.append(line)
            n += len(line)
            if n >= hint:
                break
        return out

    def writelines(self, lines):
        self._check_closed()
        for line in lines:
            self.write(line)

    def __del__(self):
        pass


class RawIOBase(IOBase):
    __module__ = "io"


class BufferedIOBase(IOBase):
    __module__ = "io"


class TextIOBase(IOBase):
    __module__ = "io"




def _index(n, what="argument"):
    if n is None:
        return -1
    if not isinstance(n, int):
        try:
            return n.__index__()
        except AttributeError:
            raise TypeError("argument should be integer or None, not '%s'"
                            % type(n).__name__) from None
    return n


@_hidden
class StringIO(TextIOBase):
    """An in-memory text stream."""

    __module__ = "_io"

    def __init__(self, initial_value="", newline="\n"):
        if newline is not None and not isinstance(newline, str):
            raise TypeError("newline must be str or None, not %s" % type(newline).__name__)
        if newline not in (None, "", "\n", "\r", "\r\n"):
            raise ValueError("illegal newline value: %r" % (newline,))
        if initial_value is None:
            initial_value = ""
        if not isinstance(initial_value, str):
            raise TypeError("initial_value must be str or None, not %s"
                            % type(initial_value).__name__)
        self._newline = newline
        # The text is _buf followed by the strs in _tail: writes at the end
        # only append to _tail (a program building a big text by many
        # small writes must not copy it each time); anything else joins
        # them first (_text).
        self._buf = ""
        self._tail = []
        self._len = 0
        self._pos = 0
        self._closed = False
        if initial_value:
            self.write(initial_value)
            self._pos = 0

    def _text(self):
        if self._tail:
            self._buf += "".join(self._tail)
            self._tail = []
        return self._buf

    def _check(self):
        if self._closed:
            raise ValueError("I/O operation on closed file")

    def readable(self):
        self._check()
        return True

    def writable(self):
        self._check()
        return True

    def seekable(self):
        self._check()
        return True

    def getvalue(self):
        self._check()
        return self._text()

    def write(self, s):
        self._check()
        if not isinstance(s, str):
            raise TypeError("string argument expected, got '%s'" % type(s).__name__)
        n = len(s)
        if self._newline is None:
            s = s.replace("\r\n", "\n").replace("\r", "\n")
        elif self._newline in ("\r", "\r\n"):
            s = s.replace("\n", self._newline)
        pos = self._pos
        if pos == self._len:
            if s:
                self._tail.append(s)
                self._len += len(s)
                self._pos = pos + len(s)
            return n
        buf = self._text()
        if pos > len(buf):
            buf += "\0" * (pos - len(buf))
        self._buf = buf[:pos] + s + buf[pos + len(s):]
        self._len = len(self._buf)
        self._pos = pos + len(s)
        return n

    def read(self, size=-1):
        self._check()
        size = _index(size)
        buf = self._text()
        pos = self._pos
        if size < 0:
            end = len(buf)
        else:
            end = min(len(buf), pos + size)
        if pos >= end:
            return ""
        self._pos = end
        return buf[pos:end]

    def readline(self, size=-1):
        self._check()
        size = _index(size)
        buf = self._text()
        pos = self._pos
        if pos >= len(buf):
            return ""
        nl = self._newline
        if nl == "" :
            n = len(buf)
            i = buf.find("\n", pos)
            if i < 0:
                i = n
            j = buf.find("\r", pos, i)
            if j >= 0:
                i = j
            if i < n:
                end = i + 2 if buf[i] == "\r" and i + 1 < n and buf[i + 1] == "\n" else i + 1
            else:
                end = n
        else:
            sep = nl if nl in ("\r", "\r\n") else "\n"
            i = buf.find(sep, pos)
            end = len(buf) if i < 0 else i + len(sep)
        if 0 <= size < end - pos:
            end = pos + size
        self._pos = end
        return buf[pos:end]

    def tell(self):
        self._check()
        return self._pos

    def seek(self, pos, whence=0):
        self._check()
        pos = _index(pos)
        if whence == 0:
            if pos < 0:
                raise ValueError("Negative seek position %d" % pos)
            self._pos = pos
        elif whence == 1:
            if pos != 0:
                raise OSError("Can't do nonzero cur-relative seeks")
        elif whence == 2:
            if pos != 0:
                raise OSError("Can't do nonzero end-relative seeks")
            self._pos = self._len
        else:
            raise ValueError("Invalid whence (%d, should be 0, 1 or 2)" % whence)
        return self._pos

    def truncate(self, size=None):
        self._check()
        if size is None:
            size = self._pos
        if size < 0:
            raise ValueError("Negative size value %d" % size)
        self._buf = self._text()[:size]
        self._len = len(self._buf)
        return size

    def __next__(self):
        self._check()
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def __iter__(self):
        self._check()
        return self

    def __enter__(self):
        self._check()
        return self

    @property
    def line_buffering(self):
        return False

    @property
    def newlines(self):
        return None

    def detach(self):
        raise UnsupportedOperation("detach")




@_hidden
class BytesIO(BufferedIOBase):
    """An in-memory binary stream."""

    __module__ = "_io"

    def __init__(self, initial_bytes=b""):
        if initial_bytes is None:
            initial_bytes = b""
        self._buf = bytearray(initial_bytes)
        self._pos = 0
        self._closed = False

    def _check(self):
        if self._closed:
            raise ValueError("I/O operation on closed file.")

    def readable(self):
        self._check()
        return True

    def writable(self):
        self._check()
        return True

    def seekable(self):
        self._check()
        return True

    def getvalue(self):
        self._check()
        return bytes(self._buf)

    def getbuffer(self):
        self._check()
        return memoryview(self._buf)

    def write(self, b):
        self._check()
        if isinstance(b, str):
            raise TypeError("a bytes-like object is required, not 'str'")
        data = bytes(b)
        pos = self._pos
        buf = self._buf
        if pos > len(buf):
            buf.extend(b"\0" * (pos - len(buf)))
        buf[pos:pos + len(data)] = data
        self._pos = pos + len(data)
        return len(data)

    def read(self, size=-1):
        self._check()
        size = _index(size)
        buf = self._buf
        pos = self._pos
        end = len(buf) if size < 0 else min(len(buf), pos + size)
        if pos >= end:
            return b""
        self._pos = end
        return bytes(buf[pos:end])

    read1 = read

    def readinto(self, b):
        data = self.read(len(b))
        b[:len(data)] = data
        return len(data)

    def readline(self, size=-1):
        self._check()
        size = _index(size)
        buf = self._buf
        pos = self._pos
        if pos >= len(buf):
            return b""
        i = buf.find(b"\n", pos)
        end = len(buf) if i < 0 else i + 1
        if 0 <= size < end - pos:
            end = pos + size
        self._pos = end
        return bytes(buf[pos:end])

    def tell(self):
        self._check()
        return self._pos

    def seek(self, pos, whence=0):
        self._check()
        pos = _index(pos)
        if whence == 0:
            if pos < 0:
                raise ValueError("negative seek value %d" % pos)
            self._pos = pos
        elif whence == 1:
            self._pos = max(0, self._pos + pos)
        elif whence == 2:
            self._pos = max(0, len(self._buf) + pos)
        else:
            raise ValueError("invalid whence (%d, should be 0, 1 or 2)" % whence)
        return self._pos

    def truncate(self, size=None):
        self._check()
        if size is None:
            size = self._pos
        if size < 0:
            raise ValueError("negative size value %d" % size)
        del self._buf[size:]
        return size

    def __next__(self):
        self._check()
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def __iter__(self):
        self._check()
        return self

    def __enter__(self):
        self._check()
        return self




@_hidden
class FileIO(RawIOBase):
    """A file descriptor opened on a file."""

    __module__ = "_io"

    def __init__(self, file, mode="r", closefd=True, opener=None):
        self._fd = -1
        self._closed = True
        if isinstance(file, float):
            raise TypeError("integer argument expected, got float")
        rd = wr = app = cr = plus = False
        for c in mode:
            if c == "r":
                rd = True
            elif c == "w":
                wr = True
            elif c == "a":
                wr = app = True
            elif c == "x":
                wr = cr = True
            elif c == "+":
                plus = True
            elif c != "b":
                raise ValueError("invalid mode: %s" % mode)
        if plus:
            rd = wr = True
        if rd and wr and not plus:
            raise ValueError("Must have exactly one of create/read/write/append mode and at most one plus")
        if rd and wr:
            flags = posix.O_RDWR
        elif wr:
            flags = posix.O_WRONLY
        else:
            flags = posix.O_RDONLY
        if "w" in mode:
            flags |= posix.O_CREAT | posix.O_TRUNC
        if app:
            flags |= posix.O_APPEND | posix.O_CREAT
        if cr:
            flags |= posix.O_EXCL | posix.O_CREAT
        self._readable = rd
        self._writable = wr
        self._appending = app
        self._created = cr
        self._plus = plus
        if isinstance(file, int):
            if file < 0:
                raise ValueError("negative file descriptor")
            fd = file
            self.closefd = closefd
        else:
            if not closefd:
                raise ValueError("Cannot use closefd=False with file name")
            if opener is not None:
                fd = opener(file, flags)
            else:
                fd = posix.open(file, flags, 0o666)
            self.closefd = True
            st = posix.stat(fd)
            if st[0] & 0o170000 == 0o040000:
                posix.close(fd)
                raise IsADirectoryError(21, "Is a directory", file)
        self._fd = fd
        self.name = file
        self._closed = False
        if app:
            posix.lseek(fd, 0, 2)

    @property
    def mode(self):
        if self._created:
            return "xb+" if self._readable else "xb"
        if self._appending:
            return "ab+" if self._readable else "ab"
        if self._readable and self._writable:
            return "rb+"
        if self._writable:
            return "wb"
        return "rb"

    def _check(self):
        if self._closed:
            raise ValueError("I/O operation on closed file")

    def readable(self):
        self._check()
        return self._readable

    def writable(self):
        self._check()
        return self._writable

    def seekable(self):
        self._check()
        return True

    def fileno(self):
        self._check()
        return self._fd

    def isatty(self):
        self._check()
        return posix.isatty(self._fd)

    def read(self, size=-1):
        self._check()
        if not self._readable:
            raise UnsupportedOperation("File not open for reading")
        size = _index(size)
        if size < 0:
            return posix.readall(self._fd)
        return posix.read(self._fd, size)

    def readall(self):
        return self.read()

    def readinto(self, b):
        data = self.read(len(b))
        b[:len(data)] = data
        return len(data)

    def write(self, b):
        self._check()
        if not self._writable:
            raise UnsupportedOperation("File not open for writing")
        return posix.write(self._fd, b)

    def seek(self, pos, whence=0):
        self._check()
        return posix.lseek(self._fd, pos, whence)

    def tell(self):
        self._check()
        return posix.lseek(self._fd, 0, 1)

    def truncate(self, size=None):
        self._check()
        if size is None:
            size = self.tell()
        posix.ftruncate(self._fd, size)
        return size

    def close(self):
        if not self._closed:
            self._closed = True
            if self.closefd:
                posix.close(self._fd)

    def __repr__(self):
        if self._closed:
            return "<_io.FileIO [closed]>"
        return "<_io.FileIO name=%r mode=%r closefd=%r>" % (self.name, self.mode, self.closefd)




@_hidden
class BufferedReader(BufferedIOBase):
    """A buffered binary file (reader, writer or both)."""

    __module__ = "_io"

    def __init__(self, raw, buffer_size=DEFAULT_BUFFER_SIZE):
        self.raw = raw
        self._rbuf = b""
        self._wbuf = bytearray()
        self.buffer_size = buffer_size

    @property
    def closed(self):
        return self.raw.closed

    @property
    def _closed(self):
        return self.raw.closed

    @property
    def name(self):
        return self.raw.name

    @property
    def mode(self):
        return self.raw.mode

    def _check(self, what):
        if self.raw.closed:
            raise ValueError(what + " of closed file")

    def readable(self):
        return self.raw.readable()

    def writable(self):
        return self.raw.writable()

    def seekable(self):
        return self.raw.seekable()

    def fileno(self):
        return self.raw.fileno()

    def isatty(self):
        return self.raw.isatty()

    def _flush_writes(self):
        if self._wbuf:
            data = bytes(self._wbuf)
            self._wbuf = bytearray()
            self.raw.write(data)

    def flush(self):
        if self.raw.closed:
            raise ValueError("flush of closed file")
        self._flush_writes()

    def _drop_readahead(self):
        if self._rbuf:
            self.raw.seek(-len(self._rbuf), 1)
            self._rbuf = b""

    def read(self, size=-1):
        self._check("read")
        if not self.raw.readable():
            raise UnsupportedOperation("read")
        self._flush_writes()
        size = _index(size)
        if size < 0:
            data = self._rbuf + self.raw.read()
            self._rbuf = b""
            return data
        while len(self._rbuf) < size:
            chunk = self.raw.read(max(self.buffer_size, size - len(self._rbuf)))
            if not chunk:
                break
            self._rbuf += chunk
        data = self._rbuf[:size]
        self._rbuf = self._rbuf[size:]
        return data

    def read1(self, size=-1):
        return self.read(size)

    def peek(self, size=0):
        self._check("peek")
        if not self._rbuf:
            self._rbuf = self.raw.read(self.buffer_size)
        return self._rbuf

    def readinto(self, b):
        data = self.read(len(b))
        b[:len(data)] = data
        return len(data)

    def readline(self, size=-1):
        self._check("readline")
        if not self.raw.readable():
            raise UnsupportedOperation("readline")
        self._flush_writes()
        size = _index(size)
        while True:
            i = self._rbuf.find(b"\n")
            if i >= 0 or (0 <= size <= len(self._rbuf)):
                break
            chunk = self.raw.read(self.buffer_size)
            if not chunk:
                break
            self._rbuf += chunk
        i = self._rbuf.find(b"\n")
        end = len(self._rbuf) if i < 0 else i + 1
        if 0 <= size < end:
            end = size
        line = self._rbuf[:end]
        self._rbuf = self._rbuf[end:]
        return line

    def write(self, b):
        self._check("write to")
        if not self.raw.writable():
            raise UnsupportedOperation("write")
        if isinstance(b, str):
            raise TypeError("a bytes-like object is required, not 'str'")
        self._drop_readahead()
        data = bytes(b)
        # Written through at once: hotloop has no finalizers to flush a
        # file that is dropped without close().
        self.raw.write(data)
        return len(data)

    def seek(self, pos, whence=0):
        self._check("seek of")
        self._flush_writes()
        if whence == 1:
            pos -= len(self._rbuf)
        self._rbuf = b""
        return self.raw.seek(pos, whence)

    def tell(self):
        self._check("tell of")
        return self.raw.tell() - len(self._rbuf) + len(self._wbuf)

    def truncate(self, size=None):
        self.flush()
        self._drop_readahead()
        return self.raw.truncate(size)

    def close(self):
        if not self.raw.closed:
            try:
                self._flush_writes()
            finally:
                self.raw.close()

    def detach(self):
        self.flush()
        raw = self.raw
        self.raw = None
        return raw

    def __enter__(self):
        if self.raw.closed:
            raise ValueError("I/O operation on closed file.")
        return self

    def __iter__(self):
        if self.raw.closed:
            raise ValueError("I/O operation on closed file.")
        return self

    def __repr__(self):
        return "<_io.%s name=%r>" % (type(self).__name__, self.name)


class BufferedWriter(BufferedReader):
    __module__ = "_io"


class BufferedRandom(BufferedReader):
    __module__ = "_io"


def text_encoding(encoding, stacklevel=2):
    if encoding is None:
        return "utf-8"
    return encoding


@_hidden
class TextIOWrapper(TextIOBase):
    """A text stream over a buffered binary one."""

    __module__ = "_io"

    def __init__(self, buffer, encoding=None, errors=None, newline=None,
                 line_buffering=False, write_through=False):
        if newline is not None and not isinstance(newline, str):
            raise TypeError("TextIOWrapper() argument 'newline' must be str or None, not %s"
                            % type(newline).__name__)
        if newline not in (None, "", "\n", "\r", "\r\n"):
            raise ValueError("illegal newline value: %s" % newline)
        if encoding is None:
            encoding = "UTF-8"
        elif not isinstance(encoding, str):
            raise TypeError("TextIOWrapper() argument 'encoding' must be str or None, not %s"
                            % type(encoding).__name__)
        else:
            "".encode(encoding)
        if errors is None:
            errors = "strict"
        self.buffer = buffer
        self.encoding = encoding
        self.errors = errors
        self._newline = newline
        self.line_buffering = line_buffering
        self.write_through = write_through
        self._text = None
        self._tpos = 0
        self._seen = set()

    @property
    def closed(self):
        return self.buffer.closed

    @property
    def _closed(self):
        return self.buffer.closed

    @property
    def name(self):
        return self.buffer.name

    @property
    def mode(self):
        return self._mode

    @property
    def newlines(self):
        if self._newline is not None or not self._seen:
            return None
        s = tuple(n for n in ("\r", "\n", "\r\n") if n in self._seen)
        return s[0] if len(s) == 1 else s

    def _check(self):
        if self.buffer.closed:
            raise ValueError("I/O operation on closed file.")

    def readable(self):
        self._check()
        return self.buffer.readable()

    def writable(self):
        self._check()
        return self.buffer.writable()

    def seekable(self):
        self._check()
        return self.buffer.seekable()

    def fileno(self):
        return self.buffer.fileno()

    def isatty(self):
        return self.buffer.isatty()

    def _load(self):
        # The rest of the file is decoded at the first read.
        if self._text is None:
            data = self.buffer.read()
            text = data.decode(self.encoding, self.errors)
            if self._newline is None:
                if "\r" in text:
                    if "\r\n" in text:
                        self._seen.add("\r\n")
                    if "\r" in text.replace("\r\n", ""):
                        self._seen.add("\r")
                    text = text.replace("\r\n", "\n").replace("\r", "\n")
                if "\n" in text.replace("\r\n", ""):
                    self._seen.add("\n")
            self._text = text
            self._tpos = 0
        return self._text

    def read(self, size=-1):
        self._check()
        if not self.buffer.readable():
            raise UnsupportedOperation("not readable")
        size = _index(size)
        text = self._load()
        pos = self._tpos
        end = len(text) if size < 0 else min(len(text), pos + size)
        self._tpos = end
        return text[pos:end]

    def readline(self, size=-1):
        self._check()
        if not self.buffer.readable():
            raise UnsupportedOperation("not readable")
        size = _index(size)
        text = self._load()
        pos = self._tpos
        n = len(text)
        if pos >= n:
            return ""
        nl = self._newline
        if nl == "":
            i = pos
            while i < n and text[i] not in "\r\n":
                i += 1
            if i < n:
                end = i + 2 if text[i] == "\r" and i + 1 < n and text[i + 1] == "\n" else i + 1
            else:
                end = n
        else:
            sep = "\n" if nl is None else nl
            i = text.find(sep, pos)
            end = n if i < 0 else i + len(sep)
        if 0 <= size < end - pos:
            end = pos + size
        self._tpos = end
        return text[pos:end]

    def __next__(self):
        self._check()
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def __iter__(self):
        self._check()
        return self

    def write(self, s):
        self._check()
        if not isinstance(s, str):
            raise TypeError("write() argument must be str, not %s" % type(s).__name__)
        if not self.buffer.writable():
            raise UnsupportedOperation("not writable")
        n = len(s)
        if self._newline in ("\r", "\r\n"):
            s = s.replace("\n", self._newline)
        if self._text is not None:
            self._drop_text()
        self.buffer.write(s.encode(self.encoding, self.errors))
        if self.line_buffering and ("\n" in s or "\r" in s):
            self.buffer.flush()
        return n

    def _drop_text(self):
        # Writing after reading: go back to the byte position read so far.
        rest = self._text[self._tpos:]
        self._text = None
        if rest:
            self.buffer.seek(-len(rest.encode(self.encoding, self.errors)), 1)

    def flush(self):
        self._check()
        self.buffer.flush()

    def tell(self):
        self._check()
        if self._text is not None:
            rest = self._text[self._tpos:]
            return self.buffer.tell() - len(rest.encode(self.encoding, self.errors))
        return self.buffer.tell()

    def seek(self, cookie, whence=0):
        self._check()
        if whence == 1 and cookie != 0:
            raise UnsupportedOperation("can't do nonzero cur-relative seeks")
        if whence == 2 and cookie != 0:
            raise UnsupportedOperation("can't do nonzero end-relative seeks")
        if whence == 1:
            return self.tell()
        self._text = None
        self.buffer.flush()
        return self.buffer.seek(cookie, whence)

    def truncate(self, pos=None):
        self.flush()
        if pos is None:
            pos = self.tell()
        return self.buffer.truncate(pos)

    def close(self):
        if not self.buffer.closed:
            self.buffer.close()

    def detach(self):
        b = self.buffer
        self.buffer = None
        return b

    def reconfigure(self, **kw):
        for k, v in kw.items():
            if k == "newline":
                self._newline = v
            elif k in ("encoding", "errors", "line_buffering", "write_through"):
                setattr(self, k, v)

    def __repr__(self):
        try:
            name = self.name
        except AttributeError:
            return "<_io.TextIOWrapper mode=%r encoding=%r>" % (self._mode, self.encoding)
        return "<_io.TextIOWrapper name=%r mode=%r encoding=%r>" % (name, self._mode, self.encoding)




def open(file, mode="r", buffering=-1, encoding=None, errors=None,
         newline=None, closefd=True, opener=None):
    if not isinstance(file, (str, bytes, int)):
        file = posix_fspath(file)
    if not isinstance(mode, str):
        raise TypeError("open() argument 'mode' must be str, not %s" % type(mode).__name__)
    if not isinstance(buffering, int):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(buffering).__name__)
    if encoding is not None and not isinstance(encoding, str):
        raise TypeError("open() argument 'encoding' must be str or None, not %s" % type(encoding).__name__)
    if errors is not None and not isinstance(errors, str):
        raise TypeError("open() argument 'errors' must be str or None, not %s" % type(errors).__name__)
    modes = set(mode)
    if modes - set("axrwb+t") or len(mode) > len(modes):
        raise ValueError("invalid mode: %r" % mode)
    creating = "x" in modes
    reading = "r" in modes
    writing = "w" in modes
    appending = "a" in modes
    updating = "+" in modes
    text = "t" in modes
    binary = "b" in modes
    if text and binary:
        raise ValueError("can't have text and binary mode at once")
    if creating + reading + writing + appending > 1:
        raise ValueError("must have exactly one of create/read/write/append mode")
    if not (creating or reading or writing or appending):
        raise ValueError("Must have exactly one of create/read/write/append mode and at most one plus")
    if binary and encoding is not None:
        raise ValueError("binary mode doesn't take an encoding argument")
    if binary and errors is not None:
        raise ValueError("binary mode doesn't take an errors argument")
    if binary and newline is not None:
        raise ValueError("binary mode doesn't take a newline argument")
    if binary and buffering == 1:
        import warnings
        warnings.warn("line buffering (buffering=1) isn't supported in "
                      "binary mode, the default buffer size will be used",
                      RuntimeWarning, 2)
    if newline is not None and newline not in ("", "\n", "\r", "\r\n"):
        if not isinstance(newline, str):
            raise TypeError("open() argument 'newline' must be str or None, not %s" % type(newline).__name__)
        raise ValueError("illegal newline value: %s" % newline)
    if encoding is not None:
        "".encode(encoding)
    raw = FileIO(file, (creating and "x" or "") + (reading and "r" or "")
                 + (writing and "w" or "") + (appending and "a" or "")
                 + (updating and "+" or ""), closefd, opener=opener)
    if buffering == 0:
        if binary:
            return raw
        raise ValueError("can't have unbuffered text I/O")
    if updating:
        buf = BufferedRandom(raw)
    elif creating or writing or appending:
        buf = BufferedWriter(raw)
    else:
        buf = BufferedReader(raw)
    if binary:
        return buf
    t = TextIOWrapper(buf, encoding, errors, newline, buffering == 1)
    t._mode = mode
    return t


_hotloop.hide_frame(open)


def posix_fspath(p):
    f = getattr(type(p), "__fspath__", None)
    if f is None:
        raise TypeError("expected str, bytes or os.PathLike object, not %s" % type(p).__name__)
    return f(p)


def open_code(path):
    return open(path, "rb")
