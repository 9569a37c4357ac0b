# print() writes to sys.stdout as it is at the call: replaced by a program,
# by contextlib.redirect_stdout, set to None (nothing printed) or deleted.
import contextlib
import io
import sys

buf = io.StringIO()
real = sys.stdout
sys.stdout = buf
print("into the buffer", 1, 2, sep="-")
print("second", end="!")
sys.stdout = real
print(repr(buf.getvalue()))

with contextlib.redirect_stdout(io.StringIO()) as r:
    print("redirected")
    print("to stderr too?", file=sys.stderr)
print(repr(r.getvalue()))


class Collect:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)
        return len(s)

    def flush(self):
        self.parts.append("<flush>")


c = Collect()
sys.stdout = c
print("a", "b", flush=True)
sys.stdout = real
print(c.parts)

sys.stdout = None
print("vanishes")
sys.stdout = real
print("back")

del sys.stdout
try:
    print("lost")
except RuntimeError as e:
    sys.stdout = real
    print(type(e).__name__, e)
