import logging, sys, io

log = logging.getLogger("app.db")
log.warning("no handlers yet: %s", "last resort")
log.info("not shown")
print(repr(log), repr(logging.getLogger()), log.parent, logging.getLogger("app"))
logging.warning("root %d", 1)
logging.info("hidden")
print(logging.root.handlers[0].__class__.__name__, logging.root.level)

stream = io.StringIO()
h = logging.StreamHandler(stream)
h.setFormatter(logging.Formatter("%(levelname)-8s|%(name)s|%(funcName)s|%(lineno)d|%(module)s|%(message)s"))
app = logging.getLogger("app")
app.addHandler(h)
app.setLevel(logging.DEBUG)
def work(x):
    log.debug("debug %s", x)
    log.info("dict args %(a)s/%(b)s", {"a": 1, "b": 2})
    try:
        1 / x
    except ZeroDivisionError:
        log.exception("failed with x=%r", x)
work(0)
log.propagate = False
log.error("not propagated")
log.propagate = True
print(stream.getvalue(), end="")
print(log.getEffectiveLevel(), log.isEnabledFor(logging.DEBUG), app.hasHandlers())

class OnlyOdd(logging.Filter):
    def filter(self, record):
        return record.args[0] % 2 == 1
s2 = io.StringIO()
h2 = logging.StreamHandler(s2)
h2.addFilter(OnlyOdd())
h2.setFormatter(logging.Formatter("{levelname}:{message}", style="{"))
f = logging.getLogger("filt")
f.addHandler(h2)
f.propagate = False
for i in range(5):
    f.warning("n=%d", i)
f.addFilter(logging.Filter("other"))
f.warning("n=%d", 7)
print(s2.getvalue(), end="")
s3 = io.StringIO()
h3 = logging.StreamHandler(s3)
h3.setFormatter(logging.Formatter("$levelname/$name/$message", style="$"))
g = logging.getLogger("tpl")
g.addHandler(h3)
g.propagate = False
g.critical("tpl %s", "ok")
g.log(25, "custom level")
logging.addLevelName(25, "NOTICE")
g.log(25, "named level")
print(s3.getvalue(), end="")
print(logging.getLevelName(25), logging.getLevelName("NOTICE"), logging.getLevelName(33), logging.getLevelName("X"))
for bad in ["LOUD", 2.5]:
    try:
        g.setLevel(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    logging.Formatter("no fields")
except ValueError as e:
    print("ValueError", e)
try:
    logging.Formatter("%(x)s", style="?")
except ValueError as e:
    print("ValueError", e)
try:
    logging.basicConfig(stream=sys.stdout, filename="x")
except ValueError as e:
    print("ValueError", e)
try:
    g.log("x", "m")
except TypeError as e:
    print("TypeError", e)
try:
    logging.getLogger(3)
except TypeError as e:
    print("TypeError", e)
s4 = io.StringIO()
h4 = logging.StreamHandler(s4)
h4.setFormatter(logging.Formatter("%(message)s %(user)s"))
e = logging.getLogger("extra")
e.addHandler(h4)
e.propagate = False
e.warning("hello", extra={"user": "ann"})
try:
    e.warning("bad", extra={"msg": 1})
except KeyError as ex:
    print("KeyError", ex)
ad = logging.LoggerAdapter(e, {"user": "bob"})
ad.warning("via adapter")
print(s4.getvalue(), end="")
print(repr(ad), repr(h4).startswith("<StreamHandler"), repr(logging.NullHandler()))
logging.disable(logging.WARNING)
e.warning("disabled")
logging.disable(logging.NOTSET)
print(repr(s4.getvalue()))
r = logging.makeLogRecord({"msg": "x %s", "args": ("y",), "levelno": 10})
print(r.getMessage(), r.msg)
logging.basicConfig(level=logging.DEBUG, format="%(levelname)s %(message)s", stream=sys.stdout, force=True)
logging.debug("after force %s", [1, 2])
child = logging.getLogger("app").getChild("net")
print(child.name, child.parent.name, logging.getLogger("a.b.c").parent.name)
logging.getLogger("a")
print(logging.getLogger("a.b.c").parent.name)
logging.error("final error goes to stdout now")
fh = logging.FileHandler("logging_basic.tmp", mode="w")
fh.setFormatter(logging.Formatter("%(name)s %(levelno)d %(message)s"))
fl = logging.getLogger("tofile")
fl.addHandler(fh)
fl.propagate = False
fl.warning("into the file %s", 1)
fl.error("second")
fh.close()
with open("logging_basic.tmp") as f:
    print(f.read(), end="")
import os
os.remove("logging_basic.tmp")
print(repr(fh).startswith("<FileHandler /"), repr(fh).endswith("logging_basic.tmp (NOTSET)>"))
# The default time format: date, time and milliseconds.
import re
s5 = io.StringIO()
h5 = logging.StreamHandler(s5)
h5.setFormatter(logging.Formatter("%(asctime)s|%(message)s"))
t = logging.getLogger("time")
t.addHandler(h5)
t.warning("stamped")
print(bool(re.fullmatch(r"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d,\d{3}\|stamped\n", s5.getvalue())))
