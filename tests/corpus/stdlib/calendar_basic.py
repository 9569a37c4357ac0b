# calendar: leap years, month layouts, text and HTML calendars, timegm.
import calendar
import time

print([y for y in range(1896, 1912) if calendar.isleap(y)], calendar.isleap(2000), calendar.isleap(1900))
print(calendar.leapdays(1900, 2024), calendar.leapdays(2024, 1900), calendar.leapdays(-400, 400))
print(calendar.weekday(2026, 11, 26), calendar.weekday(1, 1, 1), calendar.weekday(12000, 3, 1), calendar.weekday(-5, 6, 1))
for y, m in ((2024, 2), (2023, 2), (1900, 2), (2026, 11), (2000, 12)):
    print(y, m, calendar.monthrange(y, m))
for bad in (0, 13, -1):
    try:
        calendar.monthrange(2020, bad)
    except calendar.IllegalMonthError as e:
        print(type(e).__name__, e, isinstance(e, ValueError))
print(calendar.monthcalendar(2026, 11))
print(list(calendar.day_name), list(calendar.day_abbr))
print(list(calendar.month_name), calendar.month_abbr[1:4], len(calendar.month_name), calendar.month_abbr[0] == "")
print(calendar.MONDAY, calendar.SUNDAY, calendar.firstweekday())
print(calendar.month(2026, 11))
print(calendar.month(2024, 2, 3, 2))
print(calendar.weekheader(2), "|", calendar.weekheader(3), "|", calendar.weekheader(9), "|", calendar.weekheader(1))
calendar.prmonth(1999, 12)
print(calendar.calendar(2025))
print(calendar.calendar(2024, 3, 1, 2, 4))
calendar.setfirstweekday(calendar.SUNDAY)
print(calendar.firstweekday(), calendar.month(2026, 2))
calendar.setfirstweekday(0)
try:
    calendar.setfirstweekday(7)
except ValueError as e:
    print(type(e).__name__, e)

cal = calendar.Calendar(firstweekday=3)
print(list(cal.iterweekdays()), cal.getfirstweekday())
print(list(cal.itermonthdays(2026, 3)))
print(list(cal.itermonthdays2(2026, 3))[:9])
print(list(cal.itermonthdays3(2026, 1))[:5], list(cal.itermonthdays4(2026, 12))[-3:])
print(cal.monthdatescalendar(2026, 2)[0])
print(len(cal.yeardayscalendar(2026)), len(cal.yeardayscalendar(2026, 4)[0]), cal.yeardays2calendar(2026, 6)[1][5][-1])
print([len(r) for r in cal.yeardatescalendar(2027, 5)])
cal.firstweekday = 10
print(cal.firstweekday)

tc = calendar.TextCalendar(calendar.SUNDAY)
print(tc.formatmonth(2026, 12, 4))
print(tc.formatyear(2026, 2, 1, 3, 2))
tc.pryear(2001, 0, 0, 1, 6)
print(tc.formatmonthname(2026, 5, 20), "|", tc.formatmonthname(2026, 5, 20, False), "|")
tc.prweek(tc.monthdays2calendar(2026, 5)[1], 3)
print()

hc = calendar.HTMLCalendar()
print(hc.formatmonth(2026, 11))
print(hc.formatmonth(2026, 2, withyear=False))
print(hc.formatyear(2026, 4)[:400])

print(calendar.timegm((2026, 11, 26, 12, 30, 15)), calendar.timegm(time.gmtime(1700000000)))
print(calendar.timegm((1969, 12, 31, 23, 59, 59, 0, 0, 0)))
calendar.format(["a", "bb", "ccc"])
print(repr(calendar.formatstring(["x", "y"], 5, 2)))
