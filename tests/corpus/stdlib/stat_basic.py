# stat: mode tests, permission constants and filemode().
import os
import stat

for mode in (0o100644, 0o40755, 0o104755, 0o41777, 0o120777, 0o140600, 0o20620,
             0o60660, 0o10644, 0, 0o170000, 0o102000, 0o102010, 0o3777 | 0o40000):
    print(oct(mode), stat.filemode(mode), stat.S_IMODE(mode), stat.S_IFMT(mode),
          [f.__name__ for f in (stat.S_ISDIR, stat.S_ISREG, stat.S_ISLNK, stat.S_ISCHR,
                                stat.S_ISBLK, stat.S_ISFIFO, stat.S_ISSOCK, stat.S_ISDOOR,
                                stat.S_ISPORT, stat.S_ISWHT) if f(mode)])
print(stat.ST_MODE, stat.ST_SIZE, stat.ST_MTIME, stat.S_IRWXU, stat.S_IXOTH, stat.UF_HIDDEN,
      stat.SF_APPEND, stat.FILE_ATTRIBUTE_DIRECTORY, stat.S_ENFMT == stat.S_ISGID)
st = os.stat(".")
print(stat.S_ISDIR(st.st_mode), stat.filemode(st.st_mode)[0], st[stat.ST_MODE] == st.st_mode)
print(sorted(n for n in dir(stat) if not n.startswith("_")) == sorted(
    n for n in dir(stat) if not n.startswith("_")))
print(len([n for n in dir(stat) if not n.startswith("_")]))
