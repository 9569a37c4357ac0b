"""csv for hotloop: reading and writing comma-separated values (CPython
3.11's interface, results and error messages).

CPython splits this between a C module (_csv: the reader, the writer, the
dialect type) and Lib/csv.py (Dialect classes, DictReader, DictWriter);
here both are this one Python module, and the classes made by the C part
report module "_csv" as CPython's do. The reader is CPython's state
machine, one character at a time, with a fast path for the common line
that has no quote or escape character and ends in a newline (it gives the
same fields: a split on the delimiter). Sniffer is not implemented.
"""


__all__ = ["QUOTE_MINIMAL", "QUOTE_ALL", "QUOTE_NONNUMERIC", "QUOTE_NONE",
           "Error", "Dialect", "excel", "excel_tab", "field_size_limit",
           "reader", "writer", "register_dialect", "get_dialect",
           "list_dialects", "unregister_dialect", "DictReader", "DictWriter",
           "unix_dialect"]

__version__ = "1.0"

QUOTE_MINIMAL, QUOTE_ALL, QUOTE_NONNUMERIC, QUOTE_NONE = range(4)

_field_limit = 128 * 1024
_dialects = {}


class Error(Exception):
    pass


Error.__module__ = "_csv"


def _char(name, value, default, allow_none):
    # One dialect character (CPython's _set_char / _set_char_or_none).
    if value is _unset:
        return default
    if value is None and allow_none:
        return None
    if not isinstance(value, str):
        if allow_none:
            raise TypeError('"%s" must be string or None, not %s' % (name, type(value).__name__))
        raise TypeError('"%s" must be string, not %s' % (name, type(value).__name__))
    if len(value) != 1:
        raise TypeError('"%s" must be a 1-character string' % name)
    return value


_unset = object()
_fields = ("delimiter", "doublequote", "escapechar", "lineterminator",
           "quotechar", "quoting", "skipinitialspace", "strict")


class _Dialect:
    """The validated, read-only parameters of one reader or writer."""

    __slots__ = _fields

    def __init__(self, source, kwargs):
        got = {}
        for name in _fields:
            if name in kwargs:
                got[name] = kwargs[name]
            elif source is not None:
                try:
                    got[name] = getattr(source, name)
                except AttributeError:
                    got[name] = _unset
            else:
                got[name] = _unset
        for name in kwargs:
            if name not in _fields:
                raise TypeError("'%s' is an invalid keyword argument for Dialect()" % name)
        put = object.__setattr__
        put(self, "delimiter", _char("delimiter", got["delimiter"], ",", False))
        v = got["doublequote"]
        put(self, "doublequote", True if v is _unset else bool(v))
        put(self, "escapechar", _char("escapechar", got["escapechar"], None, True))
        v = got["lineterminator"]
        if v is _unset:
            v = "\r\n"
        elif v is not None and not isinstance(v, str):
            raise TypeError('"lineterminator" must be a string')
        put(self, "lineterminator", v)
        put(self, "quotechar", _char("quotechar", got["quotechar"], '"', True))
        v = got["quoting"]
        if v is _unset:
            q = QUOTE_MINIMAL
        elif not isinstance(v, int):
            raise TypeError('"quoting" must be an integer')
        else:
            q = v
        put(self, "quoting", q)
        v = got["skipinitialspace"]
        put(self, "skipinitialspace", False if v is _unset else bool(v))
        v = got["strict"]
        put(self, "strict", False if v is _unset else bool(v))
        if q not in (QUOTE_MINIMAL, QUOTE_ALL, QUOTE_NONNUMERIC, QUOTE_NONE):
            raise TypeError('bad "quoting" value')
        if got["quotechar"] is None and got["quoting"] is _unset:
            put(self, "quoting", QUOTE_NONE)
        if self.quoting != QUOTE_NONE and self.quotechar is None:
            raise TypeError("quotechar must be set if quoting enabled")
        if self.lineterminator is None:
            raise TypeError("lineterminator must be set")

    def __setattr__(self, name, value):
        raise AttributeError("attribute '%s' of '_csv.Dialect' objects is not writable" % name)

    def __reduce_ex__(self, protocol):
        raise TypeError("cannot pickle '_csv.Dialect' instances")


_Dialect.__name__ = _Dialect.__qualname__ = "Dialect"
_Dialect.__module__ = "_csv"


def _make_dialect(dialect, kwargs):
    if isinstance(dialect, str):
        dialect = get_dialect(dialect)
    if isinstance(dialect, _Dialect) and not kwargs:
        return dialect
    return _Dialect(dialect, kwargs)


def register_dialect(name, dialect=None, **fmtparams):
    """Registers a dialect under name (a Dialect class, or parameters)."""
    if not isinstance(name, str):
        raise TypeError("dialect name must be a string")
    _dialects[name] = _make_dialect(dialect, fmtparams)


def unregister_dialect(name):
    """Removes a registered dialect."""
    try:
        del _dialects[name]
    except KeyError:
        raise Error("unknown dialect") from None


def get_dialect(name):
    """The registered dialect called name."""
    try:
        return _dialects[name]
    except (KeyError, TypeError):
        raise Error("unknown dialect") from None


def list_dialects():
    """The names of the registered dialects."""
    return list(_dialects)


def field_size_limit(*args):
    """Returns the field size limit; with an argument, sets it too."""
    global _field_limit
    if len(args) > 1:
        raise TypeError("field_size_limit expected at most 1 argument, got %d" % len(args))
    old = _field_limit
    if args:
        if type(args[0]) is not int:
            raise TypeError("limit must be an integer")
        _field_limit = args[0]
    return old


# Reader states (CPython's ParserState).
_START_RECORD, _START_FIELD, _ESCAPED_CHAR, _IN_FIELD, _IN_QUOTED_FIELD, \
    _ESCAPE_IN_QUOTED_FIELD, _QUOTE_IN_QUOTED_FIELD, _EAT_CRNL, \
    _AFTER_ESCAPED_CRNL = range(9)

_NEWLINE_MSG = ("new-line character seen in unquoted field - "
                "do you need to open the file in universal-newline mode?")


class Reader:
    """Iterates over the records of an iterable of lines."""

    def __init__(self, lines, dialect, kwargs):
        self._lines = iter(lines)
        self.dialect = _make_dialect(dialect, kwargs)
        self.line_num = 0
        d = self.dialect
        self._simple = (d.quoting != QUOTE_NONNUMERIC and not d.skipinitialspace
                        and d.delimiter not in "\r\n")
        self._special = tuple(c for c in (d.quotechar if d.quoting != QUOTE_NONE else None,
                                          d.escapechar, "\r") if c)

    def __iter__(self):
        return self

    def __next__(self):
        self._fields = []
        self._field = []
        self._state = _START_RECORD
        self._numeric = False
        while True:
            try:
                line = next(self._lines)
            except StopIteration:
                if self._field or self._state == _IN_QUOTED_FIELD:
                    if self.dialect.strict:
                        raise Error("unexpected end of data")
                    self._save_field()
                    break
                raise
            if not isinstance(line, str):
                raise Error("iterator should return strings, not %s "
                            "(the file should be opened in text mode)" % type(line).__name__)
            self.line_num += 1
            if self._state == _START_RECORD and self._simple:
                body = line
                if body.endswith("\n"):
                    body = body[:-1]
                if body.endswith("\r"):
                    body = body[:-1]
                if "\n" not in body and not any(c in body for c in self._special):
                    if not body:
                        return []
                    fields = body.split(self.dialect.delimiter)
                    for f in fields:
                        if len(f) > _field_limit:
                            raise Error("field larger than field limit (%d)" % _field_limit)
                    return fields
            for c in line:
                self._step(c)
            self._step(None)
            if self._state == _START_RECORD:
                break
        fields = self._fields
        self._fields = None
        return fields

    def _save_field(self):
        text = "".join(self._field)
        self._field = []
        if self._numeric:
            self._numeric = False
            text = float(text)
        self._fields.append(text)

    def _add(self, c):
        if len(self._field) >= _field_limit:
            raise Error("field larger than field limit (%d)" % _field_limit)
        self._field.append(c)

    def _end_line(self, c):
        # A line end (c None) or CR/LF ends the field and the record.
        self._save_field()
        self._state = _START_RECORD if c is None else _EAT_CRNL

    def _step(self, c):
        # c is one character, or None for the end of a line.
        d = self.dialect
        state = self._state
        if state == _START_RECORD:
            if c is None:
                return
            if c == "\n" or c == "\r":
                self._state = _EAT_CRNL
                return
            state = self._state = _START_FIELD
        if state == _START_FIELD:
            if c is None or c == "\n" or c == "\r":
                self._end_line(c)
            elif c == d.quotechar and d.quoting != QUOTE_NONE:
                self._state = _IN_QUOTED_FIELD
            elif c == d.escapechar:
                self._state = _ESCAPED_CHAR
            elif c == " " and d.skipinitialspace:
                pass
            elif c == d.delimiter:
                self._save_field()
            else:
                if d.quoting == QUOTE_NONNUMERIC:
                    self._numeric = True
                self._add(c)
                self._state = _IN_FIELD
            return
        if state == _ESCAPED_CHAR:
            if c == "\n" or c == "\r":
                self._add(c)
                self._state = _AFTER_ESCAPED_CRNL
                return
            if c is None:
                c = "\n"
            self._add(c)
            self._state = _IN_FIELD
            return
        if state == _AFTER_ESCAPED_CRNL:
            if c is None:
                return
            state = self._state = _IN_FIELD
        if state == _IN_FIELD:
            if c is None or c == "\n" or c == "\r":
                self._end_line(c)
            elif c == d.escapechar:
                self._state = _ESCAPED_CHAR
            elif c == d.delimiter:
                self._save_field()
                self._state = _START_FIELD
            else:
                self._add(c)
            return
        if state == _IN_QUOTED_FIELD:
            if c is None:
                pass
            elif c == d.escapechar:
                self._state = _ESCAPE_IN_QUOTED_FIELD
            elif c == d.quotechar and d.quoting != QUOTE_NONE:
                self._state = _QUOTE_IN_QUOTED_FIELD if d.doublequote else _IN_FIELD
            else:
                self._add(c)
            return
        if state == _ESCAPE_IN_QUOTED_FIELD:
            if c is None:
                c = "\n"
            self._add(c)
            self._state = _IN_QUOTED_FIELD
            return
        if state == _QUOTE_IN_QUOTED_FIELD:
            if d.quoting != QUOTE_NONE and c == d.quotechar:
                self._add(c)
                self._state = _IN_QUOTED_FIELD
            elif c == d.delimiter:
                self._save_field()
                self._state = _START_FIELD
            elif c is None or c == "\n" or c == "\r":
                self._end_line(c)
            elif not d.strict:
                self._add(c)
                self._state = _IN_FIELD
            else:
                raise Error("'%c' expected after '%c'" % (d.delimiter, d.quotechar))
            return
        if state == _EAT_CRNL:
            if c == "\n" or c == "\r":
                pass
            elif c is None:
                self._state = _START_RECORD
            else:
                raise Error(_NEWLINE_MSG)


Reader.__name__ = Reader.__qualname__ = "reader"
Reader.__module__ = "_csv"


def reader(csvfile, dialect=None, **fmtparams):
    """A reader of the records in csvfile, an iterable of lines."""
    return Reader(csvfile, dialect, fmtparams)


def _is_number(x):
    # PyNumber_Check: has __index__, __int__, __float__ or is complex.
    t = type(x)
    return (isinstance(x, complex) or hasattr(t, "__index__")
            or hasattr(t, "__int__") or hasattr(t, "__float__"))


class Writer:
    """Writes records as lines to a file-like object."""

    def __init__(self, f, dialect, kwargs):
        write = getattr(f, "write", None)
        if write is None or not callable(write):
            raise TypeError('argument 1 must have a "write" method')
        self._write = write
        self.dialect = _make_dialect(dialect, kwargs)
        d = self.dialect
        # A field holding none of these is written as it is (unless quoted).
        self._special = tuple(c for c in (d.delimiter, d.quotechar, d.escapechar) if c) + \
            tuple(d.lineterminator)

    def _join(self, parts, text, quoted):
        d = self.dialect
        for c in self._special:
            if c in text:
                break
        else:
            parts.append(d.quotechar + text + d.quotechar if quoted else text)
            return
        out = []
        for c in text:
            if (c == d.delimiter or c == d.escapechar or c == d.quotechar
                    or c in d.lineterminator):
                escape = False
                if d.quoting == QUOTE_NONE:
                    escape = True
                else:
                    if c == d.quotechar:
                        if d.doublequote:
                            out.append(d.quotechar)
                        else:
                            escape = True
                    elif c == d.escapechar:
                        escape = True
                    if not escape:
                        quoted = True
                if escape:
                    if d.escapechar is None:
                        raise Error("need to escape, but no escapechar set")
                    out.append(d.escapechar)
            out.append(c)
        body = "".join(out)
        if quoted:
            body = d.quotechar + body + d.quotechar
        parts.append(body)

    def writerow(self, row):
        """Writes one record; returns what the file's write returned."""
        d = self.dialect
        try:
            it = iter(row)
        except TypeError:
            raise Error("iterable expected, not %s" % type(row).__name__) from None
        parts = []
        for field in it:
            if d.quoting == QUOTE_NONNUMERIC:
                quoted = not _is_number(field)
            else:
                quoted = d.quoting == QUOTE_ALL
            if field is None:
                text = ""
            elif isinstance(field, str):
                text = field
            else:
                text = str(field)
            self._join(parts, text, quoted)
        if len(parts) == 1 and parts[0] == "":
            if d.quoting == QUOTE_NONE:
                raise Error("single empty field record must be quoted")
            parts = [d.quotechar * 2]
        return self._write(d.delimiter.join(parts) + d.lineterminator)

    def writerows(self, rows):
        """Writes each record of rows."""
        for row in rows:
            self.writerow(row)


Writer.__name__ = Writer.__qualname__ = "writer"
Writer.__module__ = "_csv"


def writer(csvfile, dialect=None, **fmtparams):
    """A writer of records to csvfile (anything with a write method)."""
    return Writer(csvfile, dialect, fmtparams)


class Dialect:
    """Describe a CSV dialect: subclass it and set the attributes."""
    _name = ""
    _valid = False
    delimiter = None
    quotechar = None
    escapechar = None
    doublequote = None
    skipinitialspace = None
    lineterminator = None
    quoting = None

    def __init__(self):
        if self.__class__ != Dialect:
            self._valid = True
        self._validate()

    def _validate(self):
        try:
            _Dialect(self, {})
        except TypeError as e:
            raise Error(str(e))


class excel(Dialect):
    """The usual properties of an Excel-generated CSV file."""
    delimiter = ','
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = '\r\n'
    quoting = QUOTE_MINIMAL


register_dialect("excel", excel)


class excel_tab(excel):
    """The usual properties of an Excel-generated TAB-delimited file."""
    delimiter = '\t'


register_dialect("excel-tab", excel_tab)


class unix_dialect(Dialect):
    """The usual properties of a CSV file made on UNIX systems."""
    delimiter = ','
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = '\n'
    quoting = QUOTE_ALL


register_dialect("unix", unix_dialect)


class DictReader:
    """Reads records as dicts keyed by the field names (by default the
    first record)."""

    def __init__(self, f, fieldnames=None, restkey=None, restval=None,
                 dialect="excel", *args, **kwds):
        self._fieldnames = fieldnames
        self.restkey = restkey
        self.restval = restval
        self.reader = reader(f, dialect, *args, **kwds)
        self.dialect = dialect
        self.line_num = 0

    def __iter__(self):
        return self

    @property
    def fieldnames(self):
        if self._fieldnames is None:
            try:
                self._fieldnames = next(self.reader)
            except StopIteration:
                pass
        self.line_num = self.reader.line_num
        return self._fieldnames

    @fieldnames.setter
    def fieldnames(self, value):
        self._fieldnames = value

    def __next__(self):
        if self.line_num == 0:
            self.fieldnames
        row = next(self.reader)
        self.line_num = self.reader.line_num
        while row == []:
            row = next(self.reader)
        d = dict(zip(self.fieldnames, row))
        nf = len(self.fieldnames)
        nr = len(row)
        if nf < nr:
            d[self.restkey] = row[nf:]
        elif nf > nr:
            for key in self.fieldnames[nr:]:
                d[key] = self.restval
        return d


class DictWriter:
    """Writes dicts as records, fields in the order of fieldnames."""

    def __init__(self, f, fieldnames, restval="", extrasaction="raise",
                 dialect="excel", *args, **kwds):
        self.fieldnames = fieldnames
        self.restval = restval
        if extrasaction.lower() not in ("raise", "ignore"):
            raise ValueError("extrasaction (%s) must be 'raise' or 'ignore'" % extrasaction)
        self.extrasaction = extrasaction
        self.writer = writer(f, dialect, *args, **kwds)

    def writeheader(self):
        """Writes the field names as a record."""
        header = dict(zip(self.fieldnames, self.fieldnames))
        return self.writerow(header)

    def _dict_to_list(self, rowdict):
        if self.extrasaction == "raise":
            wrong = rowdict.keys() - self.fieldnames
            if wrong:
                raise ValueError("dict contains fields not in fieldnames: "
                                 + ", ".join([repr(x) for x in wrong]))
        return (rowdict.get(key, self.restval) for key in self.fieldnames)

    def writerow(self, rowdict):
        """Writes one dict as a record."""
        return self.writer.writerow(self._dict_to_list(rowdict))

    def writerows(self, rowdicts):
        """Writes each dict of rowdicts."""
        return self.writer.writerows(map(self._dict_to_list, rowdicts))
