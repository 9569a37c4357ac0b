# pwd (read from /etc/passwd) and os.path.expanduser with and without
# $HOME and for ~user (paths compared, not printed: they depend on the machine).
import os
import pwd

me = pwd.getpwuid(os.getuid())
root = pwd.getpwnam("root")
print(type(me).__name__, me.pw_uid == os.getuid(), root.pw_uid, root.pw_gid, isinstance(root.pw_dir, str),
      len(me), me[0] == me.pw_name, len(pwd.getpwall()) > 0, root in pwd.getpwall())
os.environ["HOME"] = "/home/someone"
print(os.path.expanduser("~"), os.path.expanduser("~/x/y"), os.path.expanduser("x~"), os.path.expanduser("/~"))
os.environ["HOME"] = "/"
print(os.path.expanduser("~/x"), os.path.expanduser("~"))
os.environ["HOME"] = "/trail/"
print(os.path.expanduser("~/x"), os.path.expanduser("~"))
del os.environ["HOME"]
print(os.path.expanduser("~") == me.pw_dir.rstrip("/") or "/", os.path.expanduser("~root/y") == root.pw_dir.rstrip("/") + "/y",
      os.path.expanduser("~nosuchuser/z"))
for bad in ((pwd.getpwuid, 987654), (pwd.getpwnam, "nosuchuser"), (pwd.getpwuid, "0"), (pwd.getpwnam, 0)):
    try:
        bad[0](bad[1])
    except (KeyError, TypeError) as e:
        print(type(e).__name__, e)
