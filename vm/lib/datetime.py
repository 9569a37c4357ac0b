"""The datetime module: timedelta, date, time, datetime, tzinfo, timezone.

Written for hotloop in Python (CPython's module is C). Dates are the
proleptic Gregorian calendar; every value is kept as integers (a day
ordinal, seconds, microseconds) so arithmetic is exact. The reprs, str()
forms, error classes and messages follow CPython 3.11. strftime is done
here for the C locale (the only one hotloop has); strptime covers the
common directives.
"""

import time as _time
from operator import index as _index

MINYEAR = 1
MAXYEAR = 9999

_DAYS_IN_MONTH = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
_DAY_NAMES = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
_FULL_DAY_NAMES = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
_MONTH_NAMES = [None, "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
_FULL_MONTH_NAMES = [None, "January", "February", "March", "April", "May", "June", "July",
                     "August", "September", "October", "November", "December"]
_US_PER_DAY = 86400 * 1000000
_MAX_ORDINAL = 3652059


def _is_leap(year):
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def _days_in_month(year, month):
    if month == 2 and _is_leap(year):
        return 29
    return _DAYS_IN_MONTH[month]


def _days_before_year(year):
    y = year - 1
    return y * 365 + y // 4 - y // 100 + y // 400


def _days_before_month(year, month):
    days = sum(_DAYS_IN_MONTH[1:month])
    if month > 2 and _is_leap(year):
        days += 1
    return days


def _ymd_to_ordinal(year, month, day):
    return _days_before_year(year) + _days_before_month(year, month) + day


def _ordinal_to_ymd(n):
    # Count whole 400-, 100-, 4- and 1-year cycles from 0001-01-01.
    n -= 1
    c400, n = divmod(n, 146097)
    c100, n = divmod(n, 36524)
    c4, n = divmod(n, 1461)
    c1, n = divmod(n, 365)
    year = c400 * 400 + c100 * 100 + c4 * 4 + c1 + 1
    if c1 == 4 or c100 == 4:
        return year - 1, 12, 31
    month = 1
    while True:
        dim = _days_in_month(year, month)
        if n < dim:
            return year, month, n + 1
        n -= dim
        month += 1


def _check_date_fields(year, month, day):
    year, month, day = _index(year), _index(month), _index(day)
    if not MINYEAR <= year <= MAXYEAR:
        raise ValueError(f"year {year} is out of range")
    if not 1 <= month <= 12:
        raise ValueError("month must be in 1..12")
    if not 1 <= day <= _days_in_month(year, month):
        raise ValueError("day is out of range for month")
    return year, month, day


def _check_time_fields(hour, minute, second, microsecond, fold):
    hour, minute, second, microsecond = _index(hour), _index(minute), _index(second), _index(microsecond)
    if not 0 <= hour <= 23:
        raise ValueError("hour must be in 0..23")
    if not 0 <= minute <= 59:
        raise ValueError("minute must be in 0..59")
    if not 0 <= second <= 59:
        raise ValueError("second must be in 0..59")
    if not 0 <= microsecond <= 999999:
        raise ValueError("microsecond must be in 0..999999")
    if fold not in (0, 1):
        raise ValueError("fold must be either 0 or 1")
    return hour, minute, second, microsecond, fold


def _check_tzinfo(tz):
    if tz is not None and not isinstance(tz, tzinfo):
        raise TypeError(f"tzinfo argument must be None or of a tzinfo subclass, not type '{type(tz).__name__}'")


def _cmp_error(op, a, b):
    raise TypeError(f"'{op}' not supported between instances of '{type(a).__name__}' and '{type(b).__name__}'")


def _round_half_even(num, den):
    q, r = divmod(num, den)
    twice = 2 * r
    if twice > den or (twice == den and q % 2 == 1):
        q += 1
    return q


def _format_offset(off, sep=":"):
    if off is None:
        return ""
    sign = "+"
    if off.days < 0:
        sign = "-"
        off = -off
    hh, rest = divmod(off.seconds, 3600)
    mm, ss = divmod(rest, 60)
    s = f"{sign}{hh:02d}{sep}{mm:02d}"
    if ss or off.microseconds:
        s += f"{sep}{ss:02d}"
        if off.microseconds:
            s += f".{off.microseconds:06d}"
    return s


def _format_time(hh, mm, ss, us, timespec):
    if timespec == "auto":
        timespec = "microseconds" if us else "seconds"
    if timespec == "hours":
        return f"{hh:02d}"
    if timespec == "minutes":
        return f"{hh:02d}:{mm:02d}"
    if timespec == "seconds":
        return f"{hh:02d}:{mm:02d}:{ss:02d}"
    if timespec == "milliseconds":
        return f"{hh:02d}:{mm:02d}:{ss:02d}.{us // 1000:03d}"
    if timespec == "microseconds":
        return f"{hh:02d}:{mm:02d}:{ss:02d}.{us:06d}"
    raise ValueError("Unknown timespec value")


def _strftime(fmt, year, month, day, hh, mm, ss, us, offset, tzname):
    if not isinstance(fmt, str):
        raise TypeError(f"strftime() argument 1 must be str, not {type(fmt).__name__}")
    ordinal = _ymd_to_ordinal(year, month, day)
    wday = (ordinal + 6) % 7
    yday = ordinal - _ymd_to_ordinal(year, 1, 1) + 1
    out = []
    i = 0
    n = len(fmt)
    while i < n:
        ch = fmt[i]
        if ch != "%" or i + 1 == n:
            out.append(ch)
            i += 1
            continue
        c = fmt[i + 1]
        i += 2
        if c == "Y":
            out.append(str(year))
        elif c == "m":
            out.append(f"{month:02d}")
        elif c == "d":
            out.append(f"{day:02d}")
        elif c == "e":
            out.append(f"{day:2d}")
        elif c == "H":
            out.append(f"{hh:02d}")
        elif c == "I":
            out.append(f"{(hh % 12) or 12:02d}")
        elif c == "M":
            out.append(f"{mm:02d}")
        elif c == "S":
            out.append(f"{ss:02d}")
        elif c == "f":
            out.append(f"{us:06d}")
        elif c == "p":
            out.append("AM" if hh < 12 else "PM")
        elif c == "y":
            out.append(f"{year % 100:02d}")
        elif c == "C":
            out.append(f"{year // 100:02d}")
        elif c == "j":
            out.append(f"{yday:03d}")
        elif c == "a":
            out.append(_DAY_NAMES[wday])
        elif c == "A":
            out.append(_FULL_DAY_NAMES[wday])
        elif c == "b" or c == "h":
            out.append(_MONTH_NAMES[month])
        elif c == "B":
            out.append(_FULL_MONTH_NAMES[month])
        elif c == "w":
            out.append(str((wday + 1) % 7))
        elif c == "u":
            out.append(str(wday + 1))
        elif c == "U":
            out.append(f"{(yday - 1 + 7 - (wday + 1) % 7) // 7:02d}")
        elif c == "W":
            out.append(f"{(yday - 1 + 7 - wday) // 7:02d}")
        elif c == "G" or c == "V":
            iy, iw, _ = _iso_calendar(year, month, day)
            out.append(str(iy) if c == "G" else f"{iw:02d}")
        elif c == "c":
            out.append(f"{_DAY_NAMES[wday]} {_MONTH_NAMES[month]} {day:2d} {hh:02d}:{mm:02d}:{ss:02d} {year}")
        elif c == "x":
            out.append(f"{month:02d}/{day:02d}/{year % 100:02d}")
        elif c == "X" or c == "T":
            out.append(f"{hh:02d}:{mm:02d}:{ss:02d}")
        elif c == "D":
            out.append(f"{month:02d}/{day:02d}/{year % 100:02d}")
        elif c == "F":
            out.append(f"{year}-{month:02d}-{day:02d}")
        elif c == "R":
            out.append(f"{hh:02d}:{mm:02d}")
        elif c == "z":
            out.append(_format_offset(offset, ""))
        elif c == "Z":
            out.append(tzname or "")
        elif c == "n":
            out.append("\n")
        elif c == "t":
            out.append("\t")
        elif c == "%":
            out.append("%")
        else:
            out.append("%" + c)
    return "".join(out)


def _iso_week1_monday(year):
    first = _ymd_to_ordinal(year, 1, 1)
    wd = (first + 6) % 7
    monday = first - wd
    if wd > 3:
        monday += 7
    return monday


def _iso_calendar(year, month, day):
    today = _ymd_to_ordinal(year, month, day)
    start = _iso_week1_monday(year)
    week, wd = divmod(today - start, 7)
    if week < 0:
        year -= 1
        start = _iso_week1_monday(year)
        week, wd = divmod(today - start, 7)
    elif week >= 52 and today >= _iso_week1_monday(year + 1):
        year += 1
        week = 0
    return year, week + 1, wd + 1


class timedelta:
    """A duration: days, seconds (0..86399) and microseconds (0..999999)."""

    __slots__ = ("_days", "_seconds", "_microseconds", "_hashcode")

    def __new__(cls, days=0, seconds=0, microseconds=0, milliseconds=0, minutes=0, hours=0, weeks=0):
        parts = ((days, _US_PER_DAY), (seconds, 1000000), (microseconds, 1),
                 (milliseconds, 1000), (minutes, 60000000), (hours, 3600000000), (weeks, 7 * _US_PER_DAY))
        total_int = 0
        num, den = 0, 1
        for value, scale in parts:
            if isinstance(value, int):
                total_int += value * scale
            elif isinstance(value, float):
                a, b = value.as_integer_ratio()
                num = num * b + a * scale * den
                den *= b
            else:
                raise TypeError(f"unsupported type for timedelta {_PART_NAMES[scale]} component: {type(value).__name__}")
        return cls._from_us(total_int + _round_half_even(num, den))

    @classmethod
    def _from_us(cls, us):
        days, rest = divmod(us, _US_PER_DAY)
        if abs(days) > 999999999:
            raise OverflowError(f"days={days}; must have magnitude <= 999999999")
        self = object.__new__(cls)
        self._days = days
        self._seconds, self._microseconds = divmod(rest, 1000000)
        self._hashcode = -1
        return self

    def _us(self):
        return (self._days * 86400 + self._seconds) * 1000000 + self._microseconds

    @property
    def days(self):
        return self._days

    @property
    def seconds(self):
        return self._seconds

    @property
    def microseconds(self):
        return self._microseconds

    def total_seconds(self):
        return self._us() / 10 ** 6

    def __repr__(self):
        args = []
        if self._days:
            args.append(f"days={self._days}")
        if self._seconds:
            args.append(f"seconds={self._seconds}")
        if self._microseconds:
            args.append(f"microseconds={self._microseconds}")
        return f"{_qualname(self)}({', '.join(args) or '0'})"

    def __str__(self):
        mm, ss = divmod(self._seconds, 60)
        hh, mm = divmod(mm, 60)
        s = f"{hh}:{mm:02d}:{ss:02d}"
        if self._days:
            plural = "s" if abs(self._days) != 1 else ""
            s = f"{self._days} day{plural}, " + s
        if self._microseconds:
            s += f".{self._microseconds:06d}"
        return s

    def __add__(self, other):
        if isinstance(other, timedelta):
            return timedelta._from_us(self._us() + other._us())
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return timedelta._from_us(self._us() - other._us())
        return NotImplemented

    def __rsub__(self, other):
        if isinstance(other, timedelta):
            return -self + other
        return NotImplemented

    def __neg__(self):
        return timedelta._from_us(-self._us())

    def __pos__(self):
        return self

    def __abs__(self):
        return -self if self._days < 0 else self

    def __mul__(self, other):
        if isinstance(other, int):
            return timedelta._from_us(self._us() * other)
        if isinstance(other, float):
            a, b = other.as_integer_ratio()
            return timedelta._from_us(_round_half_even(self._us() * a, b))
        return NotImplemented

    __rmul__ = __mul__

    def __truediv__(self, other):
        if isinstance(other, timedelta):
            return self._us() / other._us()
        if isinstance(other, int):
            if other == 0:
                raise ZeroDivisionError("integer division or modulo by zero")
            return timedelta._from_us(_round_half_even(self._us(), other) if other > 0
                                      else _round_half_even(-self._us(), -other))
        if isinstance(other, float):
            a, b = other.as_integer_ratio()
            if a == 0:
                raise ZeroDivisionError("integer division or modulo by zero")
            if a < 0:
                a, b = -a, -b
            return timedelta._from_us(_round_half_even(b * self._us(), a))
        return NotImplemented

    def __floordiv__(self, other):
        if isinstance(other, timedelta):
            if other._us() == 0:
                raise ZeroDivisionError("integer division or modulo by zero")
            return self._us() // other._us()
        if isinstance(other, int):
            if other == 0:
                raise ZeroDivisionError("integer division or modulo by zero")
            return timedelta._from_us(self._us() // other)
        return NotImplemented

    def __mod__(self, other):
        if isinstance(other, timedelta):
            if other._us() == 0:
                raise ZeroDivisionError("integer division or modulo by zero")
            return timedelta._from_us(self._us() % other._us())
        return NotImplemented

    def __divmod__(self, other):
        if isinstance(other, timedelta):
            if other._us() == 0:
                raise ZeroDivisionError("integer division or modulo by zero")
            q, r = divmod(self._us(), other._us())
            return q, timedelta._from_us(r)
        return NotImplemented

    def _cmp(self, other):
        a, b = self._us(), other._us()
        return (a > b) - (a < b)

    def __eq__(self, other):
        if isinstance(other, timedelta):
            return self._us() == other._us()
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, timedelta):
            return self._us() < other._us()
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, timedelta):
            return self._us() <= other._us()
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, timedelta):
            return self._us() > other._us()
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, timedelta):
            return self._us() >= other._us()
        return NotImplemented

    def __hash__(self):
        return hash((self._days, self._seconds, self._microseconds))

    def __bool__(self):
        return self._us() != 0

    def __reduce__(self):
        return (type(self), (self._days, self._seconds, self._microseconds))


_PART_NAMES = {_US_PER_DAY: "days", 1000000: "seconds", 1: "microseconds", 1000: "milliseconds",
               60000000: "minutes", 3600000000: "hours", 7 * _US_PER_DAY: "weeks"}


def _qualname(obj):
    cls = type(obj)
    if cls.__module__ == "datetime":
        return "datetime." + cls.__name__
    return cls.__qualname__


timedelta.min = timedelta(-999999999)
timedelta.max = timedelta(days=999999999, hours=23, minutes=59, seconds=59, microseconds=999999)
timedelta.resolution = timedelta(microseconds=1)


class IsoCalendarDate(tuple):
    """The (year, week, weekday) result of isocalendar()."""

    def __new__(cls, year, week, weekday):
        return super().__new__(cls, (year, week, weekday))

    @property
    def year(self):
        return self[0]

    @property
    def week(self):
        return self[1]

    @property
    def weekday(self):
        return self[2]

    def __repr__(self):
        return f"{_qualname(self)}(year={self[0]}, week={self[1]}, weekday={self[2]})"

    def __reduce__(self):
        return (tuple, (tuple(self),))


class date:
    """A calendar date (year, month, day) in the proleptic Gregorian calendar."""

    __slots__ = ("_year", "_month", "_day", "_hashcode")

    def __new__(cls, year, month=None, day=None):
        year, month, day = _check_date_fields(year, month, day)
        self = object.__new__(cls)
        self._year, self._month, self._day = year, month, day
        self._hashcode = -1
        return self

    @classmethod
    def today(cls):
        return cls.fromtimestamp(_time.time())

    @classmethod
    def fromtimestamp(cls, t):
        y, m, d = _time.localtime(t)[:3]
        return cls(y, m, d)

    @classmethod
    def fromordinal(cls, n):
        n = _index(n)
        if not 1 <= n <= _MAX_ORDINAL:
            raise ValueError(f"ordinal must be >= 1")
        return cls(*_ordinal_to_ymd(n))

    @classmethod
    def fromisoformat(cls, s):
        if not isinstance(s, str):
            raise TypeError("fromisoformat: argument must be str")
        ymd = _parse_iso_date(s)
        if ymd is None:
            raise ValueError(f"Invalid isoformat string: {s!r}")
        return cls(*ymd)

    @classmethod
    def fromisocalendar(cls, year, week, day):
        if not MINYEAR <= year <= MAXYEAR:
            raise ValueError(f"Year is out of range: {year}")
        if not 0 < week < 53:
            ok = False
            if week == 53:
                first = _ymd_to_ordinal(year, 1, 1) % 7
                ok = first == 4 or (first == 3 and _is_leap(year))
            if not ok:
                raise ValueError(f"Invalid week: {week}")
        if not 0 < day < 8:
            raise ValueError(f"Invalid weekday: {day} (range is [1, 7])")
        return cls(*_ordinal_to_ymd(_iso_week1_monday(year) + (week - 1) * 7 + day - 1))

    @property
    def year(self):
        return self._year

    @property
    def month(self):
        return self._month

    @property
    def day(self):
        return self._day

    def __repr__(self):
        return f"{_qualname(self)}({self._year}, {self._month}, {self._day})"

    def isoformat(self):
        return f"{self._year:04d}-{self._month:02d}-{self._day:02d}"

    __str__ = isoformat

    def ctime(self):
        wd = self.weekday()
        return f"{_DAY_NAMES[wd]} {_MONTH_NAMES[self._month]} {self._day:2d} 00:00:00 {self._year:04d}"

    def strftime(self, fmt):
        return _strftime(fmt, self._year, self._month, self._day, 0, 0, 0, 0, None, None)

    def __format__(self, fmt):
        if not isinstance(fmt, str):
            raise TypeError(f"must be str, not {type(fmt).__name__}")
        if fmt:
            return self.strftime(fmt)
        return str(self)

    def timetuple(self):
        yday = self.toordinal() - _ymd_to_ordinal(self._year, 1, 1) + 1
        return _time.struct_time((self._year, self._month, self._day, 0, 0, 0, self.weekday(), yday, -1))

    def toordinal(self):
        return _ymd_to_ordinal(self._year, self._month, self._day)

    def weekday(self):
        return (self.toordinal() + 6) % 7

    def isoweekday(self):
        return self.toordinal() % 7 or 7

    def isocalendar(self):
        return IsoCalendarDate(*_iso_calendar(self._year, self._month, self._day))

    def replace(self, year=None, month=None, day=None):
        return type(self)(self._year if year is None else year,
                          self._month if month is None else month,
                          self._day if day is None else day)

    def _key(self):
        return (self._year, self._month, self._day)

    def __eq__(self, other):
        if isinstance(other, date) and not isinstance(other, datetime) and not isinstance(self, datetime):
            return self._key() == other._key()
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, date) and not isinstance(other, datetime):
            return self._key() < other._key()
        if isinstance(other, datetime):
            raise TypeError("can't compare datetime.datetime to datetime.date")
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, date) and not isinstance(other, datetime):
            return self._key() <= other._key()
        if isinstance(other, datetime):
            raise TypeError("can't compare datetime.datetime to datetime.date")
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, date) and not isinstance(other, datetime):
            return self._key() > other._key()
        if isinstance(other, datetime):
            raise TypeError("can't compare datetime.datetime to datetime.date")
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, date) and not isinstance(other, datetime):
            return self._key() >= other._key()
        if isinstance(other, datetime):
            raise TypeError("can't compare datetime.datetime to datetime.date")
        return NotImplemented

    def __hash__(self):
        return hash(self._key())

    def __add__(self, other):
        if isinstance(other, timedelta):
            n = self.toordinal() + other.days
            if 0 < n <= _MAX_ORDINAL:
                return type(self).fromordinal(n)
            raise OverflowError("date value out of range")
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return self + timedelta(-other.days)
        if isinstance(other, date) and not isinstance(other, datetime):
            return timedelta(self.toordinal() - other.toordinal())
        return NotImplemented

    def __reduce__(self):
        return (type(self), (self._year, self._month, self._day))


date.min = date(1, 1, 1)
date.max = date(9999, 12, 31)
date.resolution = timedelta(days=1)


class tzinfo:
    """Abstract base class for time zone information."""

    __slots__ = ()

    def tzname(self, dt):
        raise NotImplementedError("tzinfo subclass must override tzname()")

    def utcoffset(self, dt):
        raise NotImplementedError("tzinfo subclass must override utcoffset()")

    def dst(self, dt):
        raise NotImplementedError("tzinfo subclass must override dst()")

    def fromutc(self, dt):
        if not isinstance(dt, datetime):
            raise TypeError("fromutc() requires a datetime argument")
        if dt.tzinfo is not self:
            raise ValueError("dt.tzinfo is not self")
        off = dt.utcoffset()
        if off is None:
            raise ValueError("fromutc() requires a non-None utcoffset() result")
        return dt + off


class timezone(tzinfo):
    """A fixed offset from UTC."""

    __slots__ = ("_offset", "_name")

    def __new__(cls, offset, name=None):
        if not isinstance(offset, timedelta):
            raise TypeError(f"timezone() argument 1 must be datetime.timedelta, not {type(offset).__name__}")
        if name is not None and not isinstance(name, str):
            raise TypeError(f"timezone() argument 2 must be str, not {type(name).__name__}")
        if not -timedelta(hours=24) < offset < timedelta(hours=24):
            raise ValueError("offset must be a timedelta strictly between -timedelta(hours=24) and "
                             f"timedelta(hours=24), not {offset!r}.")
        self = object.__new__(cls)
        self._offset = offset
        self._name = name
        return self

    def utcoffset(self, dt):
        return self._offset

    def dst(self, dt):
        return None

    def tzname(self, dt):
        if self._name is not None:
            return self._name
        if not self._offset:
            return "UTC"
        return "UTC" + _format_offset(self._offset)

    def fromutc(self, dt):
        if not isinstance(dt, datetime):
            raise TypeError("fromutc() argument must be a datetime instance or None")
        if dt.tzinfo is not self:
            raise ValueError("fromutc: dt.tzinfo is not self")
        return dt + self._offset

    def __repr__(self):
        if self is timezone.utc:
            return "datetime.timezone.utc"
        if self._name is None:
            return f"datetime.timezone({self._offset!r})"
        return f"datetime.timezone({self._offset!r}, {self._name!r})"

    def __str__(self):
        return self.tzname(None)

    def __eq__(self, other):
        if isinstance(other, timezone):
            return self._offset == other._offset
        return NotImplemented

    def __hash__(self):
        return hash(self._offset)


timezone.utc = timezone(timedelta(0))
timezone.min = timezone(-timedelta(hours=23, minutes=59))
timezone.max = timezone(timedelta(hours=23, minutes=59))
UTC = timezone.utc


class time:
    """A time of day (hour, minute, second, microsecond, tzinfo)."""

    __slots__ = ("_hour", "_minute", "_second", "_microsecond", "_tzinfo", "_fold", "_hashcode")

    def __new__(cls, hour=0, minute=0, second=0, microsecond=0, tzinfo=None, *, fold=0):
        hour, minute, second, microsecond, fold = _check_time_fields(hour, minute, second, microsecond, fold)
        _check_tzinfo(tzinfo)
        self = object.__new__(cls)
        self._hour, self._minute, self._second = hour, minute, second
        self._microsecond, self._tzinfo, self._fold = microsecond, tzinfo, fold
        self._hashcode = -1
        return self

    hour = property(lambda self: self._hour)
    minute = property(lambda self: self._minute)
    second = property(lambda self: self._second)
    microsecond = property(lambda self: self._microsecond)
    tzinfo = property(lambda self: self._tzinfo)
    fold = property(lambda self: self._fold)

    @classmethod
    def fromisoformat(cls, s):
        if not isinstance(s, str):
            raise TypeError("fromisoformat: argument must be str")
        parsed = _parse_iso_time(s)
        if parsed is None:
            raise ValueError(f"Invalid isoformat string: {s!r}")
        return cls(*parsed)

    def utcoffset(self):
        if self._tzinfo is None:
            return None
        return self._tzinfo.utcoffset(None)

    def tzname(self):
        if self._tzinfo is None:
            return None
        return self._tzinfo.tzname(None)

    def dst(self):
        if self._tzinfo is None:
            return None
        return self._tzinfo.dst(None)

    def __repr__(self):
        s = f"{self._hour}, {self._minute}"
        if self._second or self._microsecond:
            s += f", {self._second}"
        if self._microsecond:
            s += f", {self._microsecond}"
        if self._tzinfo is not None:
            s += f", tzinfo={self._tzinfo!r}"
        if self._fold:
            s += ", fold=1"
        return f"{_qualname(self)}({s})"

    def isoformat(self, timespec="auto"):
        s = _format_time(self._hour, self._minute, self._second, self._microsecond, timespec)
        return s + _format_offset(self.utcoffset())

    __str__ = isoformat

    def strftime(self, fmt):
        off = self.utcoffset()
        return _strftime(fmt, 1900, 1, 1, self._hour, self._minute, self._second, self._microsecond,
                         off, self.tzname())

    def __format__(self, fmt):
        if not isinstance(fmt, str):
            raise TypeError(f"must be str, not {type(fmt).__name__}")
        return self.strftime(fmt) if fmt else str(self)

    def replace(self, hour=None, minute=None, second=None, microsecond=None, tzinfo=True, *, fold=None):
        return type(self)(self._hour if hour is None else hour,
                          self._minute if minute is None else minute,
                          self._second if second is None else second,
                          self._microsecond if microsecond is None else microsecond,
                          self._tzinfo if tzinfo is True else tzinfo,
                          fold=self._fold if fold is None else fold)

    def _key(self, other):
        a = self.utcoffset()
        b = other.utcoffset()
        if (a is None) != (b is None):
            return None
        def us(t, off):
            v = ((t._hour * 60 + t._minute) * 60 + t._second) * 1000000 + t._microsecond
            return v - (off._us() if off is not None else 0)
        return us(self, a), us(other, b)

    def _compare(self, other, op):
        if not isinstance(other, time):
            return NotImplemented
        k = self._key(other)
        if k is None:
            if op in ("==", "!="):
                return op == "!="
            raise TypeError("can't compare offset-naive and offset-aware times")
        a, b = k
        return {"==": a == b, "!=": a != b, "<": a < b, "<=": a <= b, ">": a > b, ">=": a >= b}[op]

    def __eq__(self, other):
        return self._compare(other, "==")

    def __ne__(self, other):
        return self._compare(other, "!=")

    def __lt__(self, other):
        return self._compare(other, "<")

    def __le__(self, other):
        return self._compare(other, "<=")

    def __gt__(self, other):
        return self._compare(other, ">")

    def __ge__(self, other):
        return self._compare(other, ">=")

    def __hash__(self):
        off = self.utcoffset()
        v = ((self._hour * 60 + self._minute) * 60 + self._second) * 1000000 + self._microsecond
        if off is not None:
            v -= off._us()
        return hash(v)


time.min = time(0, 0, 0)
time.max = time(23, 59, 59, 999999)
time.resolution = timedelta(microseconds=1)


class datetime(date):
    """A date and a time of day, optionally with a tzinfo."""

    __slots__ = ("_hour", "_minute", "_second", "_microsecond", "_tzinfo", "_fold")

    def __new__(cls, year, month=None, day=None, hour=0, minute=0, second=0, microsecond=0,
                tzinfo=None, *, fold=0):
        year, month, day = _check_date_fields(year, month, day)
        hour, minute, second, microsecond, fold = _check_time_fields(hour, minute, second, microsecond, fold)
        _check_tzinfo(tzinfo)
        self = object.__new__(cls)
        self._year, self._month, self._day = year, month, day
        self._hour, self._minute, self._second = hour, minute, second
        self._microsecond, self._tzinfo, self._fold = microsecond, tzinfo, fold
        self._hashcode = -1
        return self

    hour = property(lambda self: self._hour)
    minute = property(lambda self: self._minute)
    second = property(lambda self: self._second)
    microsecond = property(lambda self: self._microsecond)
    tzinfo = property(lambda self: self._tzinfo)
    fold = property(lambda self: self._fold)

    @classmethod
    def fromtimestamp(cls, t, tz=None):
        _check_tzinfo(tz)
        frac, whole = _split_timestamp(t)
        if tz is None:
            st = _time.localtime(whole)
            return cls(*st[:6], frac)
        st = _time.gmtime(whole)
        return tz.fromutc(cls(*st[:6], frac, tzinfo=tz))

    @classmethod
    def utcfromtimestamp(cls, t):
        frac, whole = _split_timestamp(t)
        return cls(*_time.gmtime(whole)[:6], frac)

    @classmethod
    def now(cls, tz=None):
        return cls.fromtimestamp(_time.time(), tz)

    @classmethod
    def utcnow(cls):
        return cls.utcfromtimestamp(_time.time())

    @classmethod
    def today(cls):
        return cls.fromtimestamp(_time.time())

    @classmethod
    def combine(cls, date_, time_, tzinfo=True):
        if not isinstance(date_, date):
            raise TypeError(f"combine() argument 1 must be datetime.date, not {type(date_).__name__}")
        if not isinstance(time_, time):
            raise TypeError(f"combine() argument 2 must be datetime.time, not {type(time_).__name__}")
        if tzinfo is True:
            tzinfo = time_.tzinfo
        return cls(date_.year, date_.month, date_.day, time_.hour, time_.minute, time_.second,
                   time_.microsecond, tzinfo, fold=time_.fold)

    @classmethod
    def fromisoformat(cls, s):
        if not isinstance(s, str):
            raise TypeError("fromisoformat: argument must be str")
        bad = ValueError(f"Invalid isoformat string: {s!r}")
        ymd = None
        rest = ""
        for cut in (10, 8, 7):
            if len(s) >= cut and (len(s) == cut or not s[cut].isdigit()):
                ymd = _parse_iso_date(s[:cut])
                if ymd is not None:
                    rest = s[cut + 1:] if len(s) > cut else ""
                    if len(s) > cut and not rest:
                        raise bad
                    break
        if ymd is None:
            raise bad
        tm = (0, 0, 0, 0, None)
        if rest:
            tm = _parse_iso_time(rest)
            if tm is None:
                raise bad
        return cls(*ymd, *tm)

    @classmethod
    def strptime(cls, data, fmt):
        return cls(*_strptime(data, fmt))

    def timetuple(self):
        yday = self.toordinal() - _ymd_to_ordinal(self._year, 1, 1) + 1
        dst = self.dst()
        isdst = -1 if dst is None else int(bool(dst))
        return _time.struct_time((self._year, self._month, self._day, self._hour, self._minute,
                                  self._second, self.weekday(), yday, isdst))

    def timestamp(self):
        if self._tzinfo is None:
            return _time.mktime(self.timetuple()[:6] + (0, 0, -1)) + self._microsecond / 1e6
        return (self - _EPOCH).total_seconds()

    def date(self):
        return date(self._year, self._month, self._day)

    def time(self):
        return time(self._hour, self._minute, self._second, self._microsecond, fold=self._fold)

    def timetz(self):
        return time(self._hour, self._minute, self._second, self._microsecond, self._tzinfo, fold=self._fold)

    def utcoffset(self):
        if self._tzinfo is None:
            return None
        return self._tzinfo.utcoffset(self)

    def tzname(self):
        if self._tzinfo is None:
            return None
        return self._tzinfo.tzname(self)

    def dst(self):
        if self._tzinfo is None:
            return None
        return self._tzinfo.dst(self)

    def astimezone(self, tz=None):
        if tz is None:
            tz = timezone.utc
        off = self.utcoffset()
        if off is None:
            raise ValueError("astimezone() of naive datetimes is not supported by hotloop")
        utc = (self - off).replace(tzinfo=tz)
        return tz.fromutc(utc)

    def replace(self, year=None, month=None, day=None, hour=None, minute=None, second=None,
                microsecond=None, tzinfo=True, *, fold=None):
        return type(self)(self._year if year is None else year,
                          self._month if month is None else month,
                          self._day if day is None else day,
                          self._hour if hour is None else hour,
                          self._minute if minute is None else minute,
                          self._second if second is None else second,
                          self._microsecond if microsecond is None else microsecond,
                          self._tzinfo if tzinfo is True else tzinfo,
                          fold=self._fold if fold is None else fold)

    def __repr__(self):
        s = f"{self._year}, {self._month}, {self._day}, {self._hour}, {self._minute}"
        if self._second or self._microsecond:
            s += f", {self._second}"
        if self._microsecond:
            s += f", {self._microsecond}"
        if self._tzinfo is not None:
            s += f", tzinfo={self._tzinfo!r}"
        if self._fold:
            s += ", fold=1"
        return f"{_qualname(self)}({s})"

    def isoformat(self, sep="T", timespec="auto"):
        if not isinstance(sep, str) or len(sep) != 1:
            raise TypeError("isoformat() argument 1 must be a unicode character, not " + type(sep).__name__)
        s = (f"{self._year:04d}-{self._month:02d}-{self._day:02d}{sep}"
             + _format_time(self._hour, self._minute, self._second, self._microsecond, timespec))
        return s + _format_offset(self.utcoffset())

    def __str__(self):
        return self.isoformat(sep=" ")

    def ctime(self):
        wd = self.weekday()
        return (f"{_DAY_NAMES[wd]} {_MONTH_NAMES[self._month]} {self._day:2d} "
                f"{self._hour:02d}:{self._minute:02d}:{self._second:02d} {self._year:04d}")

    def strftime(self, fmt):
        return _strftime(fmt, self._year, self._month, self._day, self._hour, self._minute,
                         self._second, self._microsecond, self.utcoffset(), self.tzname())

    def _total_us(self):
        days = self.toordinal()
        secs = (days * 86400 + self._hour * 3600 + self._minute * 60 + self._second)
        return secs * 1000000 + self._microsecond

    @classmethod
    def _from_total_us(cls, us, tzinfo):
        days, rest = divmod(us, _US_PER_DAY)
        if not 0 < days <= _MAX_ORDINAL:
            raise OverflowError("date value out of range")
        y, m, d = _ordinal_to_ymd(days)
        secs, micro = divmod(rest, 1000000)
        hh, secs = divmod(secs, 3600)
        mm, ss = divmod(secs, 60)
        return cls(y, m, d, hh, mm, ss, micro, tzinfo)

    def __add__(self, other):
        if isinstance(other, timedelta):
            return type(self)._from_total_us(self._total_us() + other._us(), self._tzinfo)
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return type(self)._from_total_us(self._total_us() - other._us(), self._tzinfo)
        if isinstance(other, datetime):
            a = self._utc_us()
            b = other._utc_us()
            if (a is None) != (b is None):
                raise TypeError("can't subtract offset-naive and offset-aware datetimes")
            if a is None:
                a, b = self._total_us(), other._total_us()
            return timedelta._from_us(a - b)
        return NotImplemented

    def _utc_us(self):
        off = self.utcoffset()
        if off is None:
            return None
        return self._total_us() - off._us()

    def _compare(self, other, op):
        if not isinstance(other, datetime):
            if isinstance(other, date):
                if op in ("==", "!="):
                    return op == "!="
                raise TypeError(f"can't compare {_qualname(self)} to {_qualname(other)}")
            return NotImplemented
        a, b = self._utc_us(), other._utc_us()
        if (a is None) != (b is None):
            if op in ("==", "!="):
                return op == "!="
            raise TypeError("can't compare offset-naive and offset-aware datetimes")
        if a is None or self._tzinfo is other._tzinfo:
            a, b = self._total_us(), other._total_us()
        return {"==": a == b, "!=": a != b, "<": a < b, "<=": a <= b, ">": a > b, ">=": a >= b}[op]

    def __eq__(self, other):
        return self._compare(other, "==")

    def __ne__(self, other):
        return self._compare(other, "!=")

    def __lt__(self, other):
        return self._compare(other, "<")

    def __le__(self, other):
        return self._compare(other, "<=")

    def __gt__(self, other):
        return self._compare(other, ">")

    def __ge__(self, other):
        return self._compare(other, ">=")

    def __hash__(self):
        v = self._utc_us()
        return hash(self._total_us() if v is None else v)

    def __reduce__(self):
        return (type(self), (self._year, self._month, self._day, self._hour, self._minute,
                             self._second, self._microsecond, self._tzinfo))


datetime.min = datetime(1, 1, 1)
datetime.max = datetime(9999, 12, 31, 23, 59, 59, 999999)
datetime.resolution = timedelta(microseconds=1)
_EPOCH = datetime(1970, 1, 1, tzinfo=timezone.utc)


def _split_timestamp(t):
    if isinstance(t, int):
        return 0, t
    if not isinstance(t, float):
        raise TypeError(f"'{type(t).__name__}' object cannot be interpreted as an integer")
    whole = int(t // 1)
    frac = round((t - whole) * 1e6)
    if frac >= 1000000:
        whole += 1
        frac -= 1000000
    return frac, whole


def _digits(s, i, n):
    part = s[i:i + n]
    if len(part) != n or not part.isdigit() or not part.isascii():
        return None
    return int(part)


def _parse_iso_date(s):
    if len(s) == 10 and s[4] == "-" and s[7] == "-":
        y, m, d = _digits(s, 0, 4), _digits(s, 5, 2), _digits(s, 8, 2)
    elif len(s) == 8 and "W" not in s:
        y, m, d = _digits(s, 0, 4), _digits(s, 4, 2), _digits(s, 6, 2)
    else:
        return None
    if y is None or m is None or d is None:
        return None
    return y, m, d


def _parse_iso_time(s):
    tz = None
    for mark in ("+", "-", "Z"):
        pos = s.find(mark)
        if pos > 0:
            tzpart = s[pos:]
            s = s[:pos]
            if tzpart == "Z":
                tz = timezone.utc
            else:
                sign = -1 if tzpart[0] == "-" else 1
                fields = _parse_hms(tzpart[1:])
                if fields is None:
                    return None
                hh, mm, ss, us = fields
                off = timedelta(hours=hh, minutes=mm, seconds=ss, microseconds=us) * sign
                tz = timezone.utc if not off else timezone(off)
            break
    fields = _parse_hms(s)
    if fields is None:
        return None
    return (*fields, tz)


def _parse_hms(s):
    frac = 0
    if "." in s or "," in s:
        cut = s.find(".") if "." in s else s.find(",")
        digits = s[cut + 1:]
        s = s[:cut]
        if not digits or not digits.isdigit() or not digits.isascii() or len(s) != 8:
            return None
        frac = int((digits + "000000")[:6])
    if ":" in s:
        parts = s.split(":")
    else:
        parts = [s[i:i + 2] for i in range(0, len(s), 2)]
    if not 1 <= len(parts) <= 3 or any(len(p) != 2 or not p.isdigit() or not p.isascii() for p in parts):
        return None
    nums = [int(p) for p in parts] + [0] * (3 - len(parts))
    return nums[0], nums[1], nums[2], frac


_STRPTIME_CODES = {
    "Y": r"(?P<Y>\d\d\d\d)", "m": r"(?P<m>1[0-2]|0[1-9]|[1-9])", "d": r"(?P<d>3[01]|[12]\d|0[1-9]|[1-9]| [1-9])",
    "H": r"(?P<H>2[0-3]|[0-1]\d|\d)", "M": r"(?P<M>[0-5]\d|\d)", "S": r"(?P<S>6[0-1]|[0-5]\d|\d)",
    "f": r"(?P<f>[0-9]{1,6})", "y": r"(?P<y>\d\d)", "j": r"(?P<j>36[0-6]|3[0-5]\d|[12]\d\d|0[1-9]\d|00[1-9]|[1-9]\d|0[1-9]|[1-9])",
    "I": r"(?P<I>1[0-2]|0[1-9]|[1-9])", "p": r"(?P<p>am|pm)",
    "b": "(?P<b>" + "|".join(m.lower() for m in _MONTH_NAMES[1:]) + ")",
    "B": "(?P<B>" + "|".join(m.lower() for m in _FULL_MONTH_NAMES[1:]) + ")",
    "a": "(?P<a>" + "|".join(d.lower() for d in _DAY_NAMES) + ")",
    "A": "(?P<A>" + "|".join(d.lower() for d in _FULL_DAY_NAMES) + ")",
    "%": "%",
}


def _strptime(data, fmt):
    import re
    for arg, name in ((data, 1), (fmt, 2)):
        if not isinstance(arg, str):
            raise TypeError(f"strptime() argument {name} must be str, not {type(arg).__name__}")
    pattern = []
    i = 0
    while i < len(fmt):
        ch = fmt[i]
        if ch == "%" and i + 1 < len(fmt):
            code = fmt[i + 1]
            if code not in _STRPTIME_CODES:
                raise ValueError(f"'{code}' is a bad directive in format '%{code}'")
            pattern.append(_STRPTIME_CODES[code])
            i += 2
        elif ch == "%":
            raise ValueError("stray % in format '%s'" % fmt)
        elif ch.isspace():
            pattern.append(r"\s+")
            i += 1
        else:
            pattern.append(re.escape(ch))
            i += 1
    m = re.match("".join(pattern), data, re.IGNORECASE)
    if m is None:
        raise ValueError(f"time data {data!r} does not match format {fmt!r}")
    if m.end() != len(data):
        raise ValueError(f"unconverted data remains: {data[m.end():]}")
    g = m.groupdict()
    year, month, day, hour, minute, second, micro = 1900, 1, 1, 0, 0, 0, 0
    if "Y" in g:
        year = int(g["Y"])
    elif "y" in g:
        y = int(g["y"])
        year = y + (2000 if y <= 68 else 1900)
    if "m" in g:
        month = int(g["m"])
    elif "b" in g:
        month = [n.lower() if n else n for n in _MONTH_NAMES].index(g["b"].lower())
    elif "B" in g:
        month = [n.lower() if n else n for n in _FULL_MONTH_NAMES].index(g["B"].lower())
    if "d" in g:
        day = int(g["d"])
    if "H" in g:
        hour = int(g["H"])
    elif "I" in g:
        hour = int(g["I"]) % 12
        if g.get("p", "am").lower() == "pm":
            hour += 12
    if "M" in g:
        minute = int(g["M"])
    if "S" in g:
        second = int(g["S"])
    if "f" in g:
        micro = int((g["f"] + "000000")[:6])
    if "j" in g and "m" not in g and "d" not in g:
        year, month, day = _ordinal_to_ymd(_ymd_to_ordinal(year, 1, 1) + int(g["j"]) - 1)
    return year, month, day, hour, minute, second, micro

