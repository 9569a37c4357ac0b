import errno, os
print(errno.ENOENT, errno.errorcode[2], errno.EWOULDBLOCK == errno.EAGAIN, len(errno.errorcode))
print(list(errno.errorcode.items())[:5])
try:
    open("/nonexistent/x")
except OSError as e:
    print(e.errno == errno.ENOENT, errno.errorcode[e.errno])
print(sorted(n for n in dir(errno) if not n.startswith('_'))[:8])
for name in ("EPERM", "EINTR", "EEXIST", "ENOTDIR", "EISDIR", "EINVAL", "EPIPE", "ERANGE", "ETIMEDOUT", "ECONNREFUSED"):
    v = getattr(errno, name)
    print(name, v, errno.errorcode[v], os.strerror(v))
try:
    os.mkdir("/")
except OSError as e:
    print(type(e).__name__, errno.errorcode[e.errno])
