"""String constants, capwords and Template (hotloop's string module)."""

import re as _re

__all__ = ["ascii_letters", "ascii_lowercase", "ascii_uppercase", "capwords",
           "digits", "hexdigits", "octdigits", "printable", "punctuation",
           "whitespace", "Template"]

whitespace = ' \t\n\r\x0b\x0c'
ascii_lowercase = 'abcdefghijklmnopqrstuvwxyz'
ascii_uppercase = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
ascii_letters = ascii_lowercase + ascii_uppercase
digits = '0123456789'
hexdigits = digits + 'abcdef' + 'ABCDEF'
octdigits = '01234567'
punctuation = '!"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~'
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    """Splits s on sep, capitalizes each word and joins them with sep
    (a single space when sep is None)."""
    return (sep or ' ').join([word.capitalize() for word in s.split(sep)])


def _placeholder_pattern(cls):
    # The pattern a Template class substitutes with: its delimiter doubled
    # (an escaped delimiter), followed by a bare or a braced identifier,
    # or by anything else (an invalid placeholder).
    delim = _re.escape(cls.delimiter)
    bare = cls.idpattern
    braced = cls.braceidpattern if cls.braceidpattern is not None else bare
    source = (delim + "(?:(?P<escaped>" + delim + ")|(?P<named>" + bare +
              ")|{(?P<braced>" + braced + ")}|(?P<invalid>))")
    return _re.compile(source, cls.flags)


class Template:
    """$-substitution in strings (PEP 292)."""

    delimiter = "$"
    idpattern = r"(?a:[_a-z][_a-z0-9]*)"
    braceidpattern = None
    flags = _re.IGNORECASE

    def __init_subclass__(cls):
        super().__init_subclass__()
        if "pattern" in cls.__dict__:
            pat = cls.pattern
            if isinstance(pat, str):
                cls.pattern = _re.compile(pat, cls.flags | _re.VERBOSE)
        else:
            cls.pattern = _placeholder_pattern(cls)

    def __init__(self, template):
        self.template = template

    def _invalid(self, mo):
        at = mo.start("invalid")
        before = self.template[:at].splitlines(keepends=True)
        if not before:
            line, col = 1, 1
        else:
            line = len(before)
            col = at - len("".join(before[:-1]))
        raise ValueError("Invalid placeholder in string: line %d, col %d" % (line, col))

    def _mapping(self, mapping, kws):
        if mapping is None:
            return kws
        if kws:
            merged = dict(mapping)
            merged.update(kws)
            return merged
        return mapping

    def substitute(self, mapping=None, /, **kws):
        values = self._mapping(mapping, kws)

        def replace(mo):
            name = mo.group("named") or mo.group("braced")
            if name is not None:
                return str(values[name])
            if mo.group("escaped") is not None:
                return self.delimiter
            if mo.group("invalid") is not None:
                self._invalid(mo)
            raise ValueError("Unrecognized named group in pattern", self.pattern)
        return self.pattern.sub(replace, self.template)

    def safe_substitute(self, mapping=None, /, **kws):
        values = self._mapping(mapping, kws)

        def replace(mo):
            name = mo.group("named") or mo.group("braced")
            if name is not None:
                try:
                    return str(values[name])
                except KeyError:
                    return mo.group()
            if mo.group("escaped") is not None:
                return self.delimiter
            if mo.group("invalid") is not None:
                return mo.group()
            raise ValueError("Unrecognized named group in pattern", self.pattern)
        return self.pattern.sub(replace, self.template)

    def is_valid(self):
        for mo in self.pattern.finditer(self.template):
            if mo.group("invalid") is not None:
                return False
            if (mo.group("named") is None and mo.group("braced") is None
                    and mo.group("escaped") is None):
                raise ValueError("Unrecognized named group in pattern", self.pattern)
        return True

    def get_identifiers(self):
        ids = []
        for mo in self.pattern.finditer(self.template):
            name = mo.group("named") or mo.group("braced")
            if name is not None and name not in ids:
                ids.append(name)
            elif (name is None and mo.group("invalid") is None
                    and mo.group("escaped") is None):
                raise ValueError("Unrecognized named group in pattern", self.pattern)
        return ids


Template.pattern = _placeholder_pattern(Template)
