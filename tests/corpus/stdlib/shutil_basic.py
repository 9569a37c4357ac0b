# shutil: copying, moving and removing files and trees, which() and
# get_terminal_size(), with their errors. Works in a private directory
# under /tmp and prints only relative names.
import io
import os
import shutil
import sys

work = "/tmp/hl_shutil_corpus_%d" % os.getpid()
os.mkdir(work)
os.chdir(work)


def show(label, f, *args, **kw):
    try:
        print(label, repr(f(*args, **kw)))
    except Exception as e:
        print(label, type(e).__name__, e)


def tree(top):
    out = []
    for dirpath, dirnames, filenames in os.walk(top):
        dirnames.sort()
        for name in sorted(filenames):
            p = os.path.join(dirpath, name)
            with open(p, "rb") as f:
                out.append((p, f.read()))
        if not filenames and not dirnames:
            out.append((dirpath + "/", None))
    return out


def write(path, data):
    with open(path, "wb") as f:
        f.write(data)


print("-- copyfileobj")
src = io.BytesIO(b"x" * 100000 + b"end")
dst = io.BytesIO()
shutil.copyfileobj(src, dst)
print(len(dst.getvalue()), dst.getvalue()[-3:])
src = io.StringIO("hello text")
dst = io.StringIO()
shutil.copyfileobj(src, dst, 3)
print(dst.getvalue())

print("-- copyfile / copy / copy2")
write("a.txt", b"alpha\n")
print(shutil.copyfile("a.txt", "b.txt"), open("b.txt", "rb").read())
os.mkdir("d")
print(shutil.copy("a.txt", "d"), shutil.copy2("a.txt", "d/c.txt"))
print(shutil.copy("a.txt", "e.txt"), shutil.copy2("b.txt", "d"))
print(sorted(os.listdir("d")), open("d/c.txt").read().strip())
show("cf1", shutil.copyfile, "a.txt", "a.txt")
show("cf2", shutil.copyfile, "missing", "x")
show("cf3", shutil.copyfile, "d", "x")
show("cf4", shutil.copyfile, "a.txt", "d")
show("cf5", shutil.copyfile, "a.txt", "nodir/x")
show("cp1", shutil.copy, "missing", "d")
print(issubclass(shutil.SameFileError, shutil.Error), issubclass(shutil.Error, OSError))
try:
    shutil.copy("a.txt", "a.txt")
except shutil.SameFileError as e:
    print("same", e.args)

print("-- copytree")
os.makedirs("src/sub/deep")
write("src/one.txt", b"1")
write("src/two.log", b"2")
write("src/sub/three.txt", b"3")
write("src/sub/deep/four.log", b"4")
os.mkdir("src/empty")
print(shutil.copytree("src", "dst"))
print(tree("dst"))
print(shutil.copytree("src", "dst2", ignore=shutil.ignore_patterns("*.log", "deep")))
print(tree("dst2"))
show("ct1", shutil.copytree, "src", "dst")
print(shutil.copytree("src", "dst", dirs_exist_ok=True))
show("ct2", shutil.copytree, "nope", "x")
seen = []
def ign(path, names):
    seen.append((path, sorted(names)))
    return []
shutil.copytree("src/sub", "dst3", ignore=ign)
print(seen)
copied = []
def fake_copy(s, d):
    copied.append((s, d))
    return d
shutil.copytree("src", "dst4", copy_function=fake_copy)
print(sorted(copied), tree("dst4"))
def bad_copy(s, d):
    raise OSError("cannot copy " + os.path.basename(s))
try:
    shutil.copytree("src", "dst5", copy_function=bad_copy)
except shutil.Error as e:
    print("Error", sorted(e.args[0]))

print("-- rmtree")
shutil.rmtree("dst2")
print(os.path.exists("dst2"))
show("rm1", shutil.rmtree, "nope")
show("rm2", shutil.rmtree, "a.txt")
show("rm3", shutil.rmtree, "nope", ignore_errors=True)
calls = []
shutil.rmtree("nope", onerror=lambda f, p, ei: calls.append((f.__name__, p, ei[0].__name__)))
shutil.rmtree("a.txt", onerror=lambda f, p, ei: calls.append((f.__name__, p, ei[0].__name__)))
print(calls)

print("-- move")
print(shutil.move("e.txt", "moved.txt"), os.path.exists("e.txt"))
print(shutil.move("moved.txt", "d"), sorted(os.listdir("d")))
show("mv1", shutil.move, "b.txt", "d")
print(shutil.move("dst3", "dst"), tree("dst/dst3"))
show("mv2", shutil.move, "dst", "dst/dst3")
show("mv3", shutil.move, "missing", "zz")
print(shutil.move("dst4", "renamed"), os.path.isdir("renamed"))

print("-- which")
os.mkdir("bin")
write("bin/tool", b"#!/bin/sh\n")
os.mkdir("bin/adir")
print(shutil.which("tool", path="bin"), shutil.which("tool", mode=os.F_OK, path="bin"))
print(shutil.which("bin/tool", mode=os.F_OK), shutil.which("bin/none"))
print(shutil.which("adir", mode=os.F_OK, path="bin"), shutil.which("tool", path=""))
print(shutil.which("tool", mode=os.R_OK, path="nope" + os.pathsep + "bin"))
print(shutil.which("sh") is not None, shutil.which("no-such-command-xyz"))

print("-- get_terminal_size")
os.environ.pop("COLUMNS", None)
os.environ.pop("LINES", None)
ts = shutil.get_terminal_size()
print(ts, ts.columns, ts.lines, tuple(ts), type(ts).__name__)
print(shutil.get_terminal_size((100, 50)))
os.environ["COLUMNS"] = "132"
os.environ["LINES"] = "x"
print(shutil.get_terminal_size((10, 20)))
os.environ["LINES"] = "-3"
print(shutil.get_terminal_size())
del os.environ["COLUMNS"], os.environ["LINES"]

os.chdir("/")
shutil.rmtree(work)
print(os.path.exists(work))
