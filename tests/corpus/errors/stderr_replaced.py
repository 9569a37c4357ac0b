# An uncaught exception is reported on sys.stderr as the program left it:
# here an io.StringIO, read back by an atexit function.
import atexit
import io
import sys

buf = io.StringIO()
real = sys.stderr
sys.stderr = buf


def show():
    text = buf.getvalue()
    print("captured", len(text.splitlines()), "lines")
    print(text.splitlines()[-1])
    real.write("on the real stderr: " + text.splitlines()[0] + "\n")


atexit.register(show)
try:
    {}["k"]
except KeyError as e:
    raise ValueError("from a handler") from e
