# datetime basics: date, time, datetime, timedelta and timezone construction, arithmetic,
# comparisons, reprs and str, isoformat/fromisoformat, strftime/strptime, and errors.
import datetime as dt
from datetime import date, datetime, time, timedelta, timezone

print(repr(timedelta()), repr(timedelta(1, 2, 3)), repr(timedelta(hours=-1)), repr(timedelta(weeks=1, minutes=90)))
for td in (timedelta(0), timedelta(days=1, hours=1), timedelta(days=-1, seconds=5), timedelta(seconds=-1),
           timedelta(microseconds=500000), timedelta(days=2, microseconds=1), timedelta(minutes=1.5),
           timedelta(milliseconds=1.2345), timedelta(days=0.1), timedelta(seconds=0.5e-6), timedelta(seconds=1.5e-6)):
    print(str(td), td.days, td.seconds, td.microseconds, td.total_seconds())
a, b = timedelta(hours=5), timedelta(minutes=45)
print(a + b, a - b, b - a, -a, abs(-a), a * 3, 2 * b, a * 0.5, a / b, a // b, a % b, divmod(a, b), a / 4, a // 7)
print(a > b, a == timedelta(seconds=18000), a != b, sorted([a, b, -b]), bool(timedelta()), hash(a) == hash(timedelta(hours=5)))
print(timedelta.max, timedelta.min, timedelta.resolution, timedelta(days=1) / timedelta(hours=1))
d = date(2024, 2, 28)
print(d, repr(d), d.year, d.month, d.day, d.weekday(), d.isoweekday(), d.toordinal(), d.isocalendar())
print(d + timedelta(days=1), d + timedelta(days=2), d - timedelta(days=365), date(2024, 3, 1) - d, d - date(2000, 1, 1))
print(date.fromordinal(1), date.fromordinal(738000), date.fromisoformat("2021-12-31"), date.fromisocalendar(2020, 53, 7))
print(d.replace(day=1), d.replace(year=2023, month=12), d.ctime(), d.timetuple()[:8], date.min, date.max)
for y in (2019, 2020, 2021, 2024, 2026, 1999):
    print(y, date(y, 1, 1).isocalendar(), date(y, 12, 31).isocalendar(), tuple(date(y, 12, 29).isocalendar()))
print(d < date(2024, 3, 1), d == date(2024, 2, 28), d != d.replace(day=27), max(date(2020, 5, 1), date(2019, 12, 31)))
print({d: 1}[date(2024, 2, 28)], d == datetime(2024, 2, 28), d == "2024-02-28")
t = time(13, 5)
print(t, repr(t), repr(time(1, 2, 3)), repr(time(1, 2, 3, 4)), time(9, 30, 15, 250).isoformat(), time(9).isoformat("minutes"))
print(t < time(14), t == time(13, 5, 0), time.fromisoformat("10:20:30.5"), t.replace(minute=0), t.strftime("%I:%M %p"))
now = datetime(2023, 7, 14, 9, 5, 3, 120)
print(now, repr(now), repr(datetime(2023, 1, 1)), repr(datetime(2023, 1, 1, 0, 0, 7)), now.date(), now.time())
print(now.isoformat(), now.isoformat(" "), now.isoformat(timespec="seconds"), now.isoformat(timespec="milliseconds"))
print(now + timedelta(days=200, hours=20), now - timedelta(microseconds=121), now - datetime(2023, 1, 1), datetime(2023, 1, 1) - now)
print(datetime.combine(d, t), datetime.fromisoformat("2011-11-04T00:05:23"), datetime.fromisoformat("2011-11-04 00:05:23.283"))
print(datetime.fromisoformat("2011-11-04"), datetime.fromisoformat("20111104T000523"), now.replace(year=2000, microsecond=0))
print(now.weekday(), now.timetuple()[:8], now.ctime(), now.toordinal(), now > datetime(2023, 7, 14), now.year, now.second)
fmt = "%Y-%m-%d %H:%M:%S.%f|%y|%j|%a %A|%b %B|%p|%I|%w %u|%U %W|%G-%V|%c|%x|%X|%%|%e|%z%Z"
for v in (now, datetime(2024, 1, 1, 0, 0), datetime(2021, 12, 31, 23, 59, 59), datetime(2000, 2, 29, 12)):
    print(v.strftime(fmt))
print(d.strftime("%d/%m/%Y %H:%M"), f"{d:%A %d %B}", f"{now:%H.%M}", format(now, ""), f"{t:%H}")
print(datetime.strptime("2023-07-14 09:05:03", "%Y-%m-%d %H:%M:%S"), datetime.strptime("14 Jul 23", "%d %b %y"))
print(datetime.strptime("March 3 2001 4:05 PM", "%B %d %Y %I:%M %p"), datetime.strptime("2020.123", "%Y.%j"))
print(datetime.strptime("12:30:45.5", "%H:%M:%S.%f"), datetime.strptime("1/2/1999", "%m/%d/%Y").date())
utc = timezone.utc
aware = datetime(2023, 7, 14, 12, 0, tzinfo=utc)
plus2 = timezone(timedelta(hours=2))
print(aware, repr(aware), utc, repr(utc), plus2, repr(plus2), repr(timezone(timedelta(hours=-5, minutes=-30), "X")))
other = datetime(2023, 7, 14, 14, 0, tzinfo=plus2)
print(aware == other, aware - other, aware.utcoffset(), other.utcoffset(), other.tzname(), aware.isoformat(), other.astimezone(utc))
print(aware.timestamp(), datetime.fromtimestamp(0, utc), datetime.utcfromtimestamp(86400.5), aware.strftime("%z %Z"))
print(aware + timedelta(hours=1), dt.MINYEAR, dt.MAXYEAR, datetime.min, datetime.max, dt.UTC is utc)
print(issubclass(datetime, date), isinstance(now, date), type(now).__name__, datetime, date, timedelta)
print(type(datetime.now()).__name__, type(date.today()).__name__, datetime.now().year >= 2024)
for fn, args in [(date, (2023, 2, 29)), (date, (0, 1, 1)), (date, (2023, 13, 1)), (datetime, (2023, 1, 1, 24)),
                 (datetime, (2023, 1, 1, 1, 60)), (time, (0, 0, 60)), (time, (0, 0, 0, 1000000)),
                 (date.fromisoformat, ("2023/01/01",)), (datetime.fromisoformat, ("nope",)),
                 (datetime.strptime, ("2023-01-01", "%d/%m/%Y")), (datetime.strptime, ("2023-01-01x", "%Y-%m-%d")),
                 (timedelta, (1000000000,)), (date, (2023.0, 1, 1)), (timezone, (timedelta(hours=24),)),
                 (timedelta, ("1",))]:
    try:
        fn(*args)
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__, e)
for expr in (lambda: date.max + timedelta(days=1), lambda: date(2020, 1, 1) < datetime(2020, 1, 1),
             lambda: aware - now, lambda: aware < now, lambda: timedelta(1) / 0, lambda: timedelta(1) // timedelta(0)):
    try:
        expr()
    except (ValueError, TypeError, OverflowError, ZeroDivisionError) as e:
        print(type(e).__name__, e)
