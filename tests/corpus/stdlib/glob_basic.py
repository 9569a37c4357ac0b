# glob_basic: glob/iglob over a scratch tree under the program's own directory
# (removed at the end): wildcards, classes, '**' with recursive, hidden names,
# root_dir, trailing slashes, escape(); and fnmatch's matching and translate().
import os, glob, fnmatch
def mk(p, d=False):
    if d: os.makedirs(p, exist_ok=True)
    else:
        os.makedirs(os.path.dirname(p) or ".", exist_ok=True)
        open(p, "w").close()
root = "_glob_basic_tmp"
for p in ["a/x.py", "a/y.txt", "a/.h.py", "a/sub/z.py", "a/sub/deep/w.py", "b/q.py", ".hid/k.py", "top.py", "top.txt", "c[1]/e.py", "star*/s.py"]:
    mk(os.path.join(root, p))
mk(os.path.join(root, "emptydir"), True)
os.chdir(root)
pats = ["*", "*.py", "a/*", "a/*.py", "*/*.py", "a/**", "a/**/*.py", "**/*.py", "**", "a/sub/", "*/", "a/.*", "nope/*", "a/x.py", "a/nope.py", "a/", "?/*", "[ab]/*.py", "[!a]/*", "c[[]1]/*", glob.escape("c[1]") + "/*", "star*/*", glob.escape("star*") + "/*", "**/", ".*", "a/sub/**"]
for p in pats:
    print(repr(p), sorted(glob.glob(p)), sorted(glob.glob(p, recursive=True)), sorted(glob.glob(p, recursive=True, include_hidden=True)))
print(sorted(glob.glob("*.py", root_dir="a")), sorted(glob.glob("**", root_dir="a", recursive=True)))
print(list(glob.iglob("a/*.py")) == glob.glob("a/*.py"))
print(glob.escape("a*b?c[d]"), glob.has_magic("a[b"), glob.has_magic("ab"))
print(sorted(glob.glob(b"a/*.py")))
for pat in ["*.py", "a*b*c", "[!a-c]?x", "[]]", "[a-", "**x*", "x[!]y]", "\\*", "[z-a]", "[!z-a]", "[a-c-e]", "[-x]", "[x-]", "[a&&b]", "[^a]"]:
    print(repr(pat), fnmatch.fnmatchcase("b-x", pat), fnmatch.fnmatch("abc", pat), fnmatch.filter(["a", "b", "-", "]", "x", "^", "zx", "abbbc", "xyz.py", "&"], pat))
print(fnmatch.translate("*.py"), fnmatch.translate("a*b*c"), fnmatch.translate("[!a-c]?x"))
print(fnmatch.fnmatch(b"abc.py", b"*.py"), fnmatch.filter([b"x.c", b"y.py"], b"*.py"))

os.chdir("..")


def remove(path):
    if os.path.isdir(path) and not os.path.islink(path):
        for name in os.listdir(path):
            remove(os.path.join(path, name))
        os.rmdir(path)
    else:
        os.remove(path)


remove(root)
print(os.path.exists(root))
