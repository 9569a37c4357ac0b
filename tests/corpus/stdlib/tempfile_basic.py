# tempfile: temporary files and directories. Names are random, so only
# facts that do not depend on them are printed.
import io
import os
import tempfile

base = tempfile.mkdtemp(prefix="hlcorpus_")


def show(label, f, *args, **kw):
    try:
        print(label, repr(f(*args, **kw)))
    except Exception as e:
        print(label, type(e).__name__, e)


def shape(path, prefix="tmp", suffix=""):
    name = os.path.basename(path)
    middle = name[len(prefix):len(name) - len(suffix)]
    return (name.startswith(prefix), name.endswith(suffix), len(middle),
            all(c in "abcdefghijklmnopqrstuvwxyz0123456789_" for c in middle))


print("-- gettempdir")
d = tempfile.gettempdir()
print(os.path.isabs(d), os.path.isdir(d), d == tempfile.tempdir, tempfile.gettempdir() is d or d == tempfile.gettempdir())
print(tempfile.gettempprefix(), tempfile.gettempprefixb(), tempfile.template, tempfile.TMP_MAX)
print(tempfile.gettempdirb() == os.fsencode(d), type(tempfile.gettempdirb()).__name__)
print(os.path.dirname(base) == d, shape(base, "hlcorpus_"))

print("-- mkstemp")
fd, path = tempfile.mkstemp()
print(type(fd).__name__, os.path.isabs(path), os.path.dirname(path) == d, shape(path))
os.write(fd, b"data")
os.close(fd)
print(open(path, "rb").read(), oct(os.stat(path).st_mode & 0o777))
os.unlink(path)
fd, path = tempfile.mkstemp(suffix=".txt", prefix="pre_", dir=base, text=True)
print(os.path.dirname(path) == base, shape(path, "pre_", ".txt"))
os.close(fd)
fd, bpath = tempfile.mkstemp(suffix=b".b", dir=os.fsencode(base))
print(type(bpath).__name__, bpath.endswith(b".b"), os.path.basename(bpath).startswith(b"tmp"))
os.close(fd)
os.unlink(bpath)
show("ms1", tempfile.mkstemp, suffix=b"x", prefix="y")
try:
    tempfile.mkstemp(dir=os.path.join(base, "missing"))
except OSError as e:
    print("ms2", type(e).__name__, e.errno, e.strerror, os.path.dirname(e.filename) == os.path.join(base, "missing"))
names = set()
for i in range(20):
    fd, p = tempfile.mkstemp(dir=base)
    os.close(fd)
    names.add(p)
print(len(names))

print("-- mkdtemp")
dd = tempfile.mkdtemp(dir=base, suffix="_d")
print(os.path.isdir(dd), shape(dd, "tmp", "_d"), oct(os.stat(dd).st_mode & 0o777), os.listdir(dd))
rel = tempfile.mkdtemp(dir=os.path.relpath(base))
print(os.path.isabs(rel), os.path.isdir(rel))
try:
    tempfile.mkdtemp(dir=os.path.join(base, "missing"))
except OSError as e:
    print("md1", type(e).__name__, e.errno, e.strerror, os.path.dirname(e.filename) == os.path.join(base, "missing"))
show("md2", tempfile.mkdtemp, prefix=b"a", suffix="b")
m = tempfile.mktemp(dir=base)
print(os.path.exists(m), shape(m))

print("-- NamedTemporaryFile")
with tempfile.NamedTemporaryFile(dir=base) as f:
    print(f.mode, f.delete, os.path.exists(f.name), shape(f.name), f.file.name == f.name)
    f.write(b"hello\nworld\n")
    f.flush()
    print(open(f.name, "rb").read())
    f.seek(0)
    print(list(f), f.tell(), f.closed)
    name = f.name
print(os.path.exists(name), f.closed)
f = tempfile.NamedTemporaryFile("w+", suffix=".txt", dir=base, delete=False, encoding="utf-8")
f.write("caf\u00e9\n")
f.seek(0)
print(f.read(), f.encoding, f.name.endswith(".txt"), f.mode)
f.close()
f.close()
print(os.path.exists(f.name), open(f.name, encoding="utf-8").read().strip())
os.unlink(f.name)
f = tempfile.NamedTemporaryFile(dir=base)
n = f.name
f.close()
print(os.path.exists(n))
show("nt1", tempfile.NamedTemporaryFile, "zz", dir=base)
print(os.listdir(base).__len__())

print("-- TemporaryFile")
with tempfile.TemporaryFile(dir=base) as t:
    print(type(t.name).__name__, t.mode, type(t).__name__)
    t.write(b"abc")
    t.seek(0)
    print(t.read())
with tempfile.TemporaryFile("w+", encoding="ascii") as t:
    t.write("text")
    t.seek(0)
    print(t.read(), type(t).__name__, t.encoding)
    show("tf1", t.write, "\u00e9")
print(t.closed)

print("-- SpooledTemporaryFile")
s = tempfile.SpooledTemporaryFile(max_size=10, dir=base)
print(s._rolled, s.name, s.mode, isinstance(s, io.IOBase))
s.write(b"12345")
print(s._rolled, s.tell())
s.write(b"678901")
print(s._rolled, s.tell(), type(s.name).__name__, s.mode)
s.seek(0)
print(s.read(), s.closed)
s.close()
print(s.closed)
with tempfile.SpooledTemporaryFile(mode="w+", encoding="utf-8") as s:
    s.write("line1\nline2\n")
    s.seek(0)
    print(s._rolled, list(s), s.encoding, s.mode)
    s.seek(0)
    print(s.readline(), type(s.fileno()).__name__, s._rolled, s.readline())
s = tempfile.SpooledTemporaryFile()
s.write(b"x" * 1000)
print(s._rolled)
s.rollover()
s.seek(0)
print(s._rolled, len(s.read()))
s.close()
show("sp1", s.__enter__)

print("-- TemporaryDirectory")
with tempfile.TemporaryDirectory(dir=base, prefix="td_") as td:
    print(type(td).__name__, os.path.isdir(td), shape(td, "td_"))
    os.makedirs(os.path.join(td, "a", "b"))
    with open(os.path.join(td, "a", "b", "f.txt"), "w") as fh:
        fh.write("x")
print(os.path.exists(td))
t = tempfile.TemporaryDirectory(dir=base)
print(repr(t) == "<TemporaryDirectory %r>" % t.name, os.path.isdir(t.name))
t.cleanup()
t.cleanup()
print(os.path.exists(t.name))

tempfile.TemporaryDirectory._rmtree(base)
print(os.path.exists(base))
