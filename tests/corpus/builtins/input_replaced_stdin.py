# input() reads sys.stdin and writes its prompt to sys.stdout as they are
# at the call (io.StringIO streams, as test harnesses use), with EOFError
# at the end and CPython's errors for lost or odd streams.
import io
import sys

sys.stdin = io.StringIO("3\n1 2 3\nno newline at the end")
n = int(input())
xs = list(map(int, input("numbers> ").split()))
print(n, xs, repr(input()))
try:
    input()
except EOFError as e:
    print("EOFError", e)

buf = io.StringIO()
real = sys.stdout
sys.stdout = buf
sys.stdin = io.StringIO("answer\n")
v = input("ask: ")
sys.stdout = real
print(repr(buf.getvalue()), v)


class Lines:
    def __init__(self, items):
        self.items = list(items)

    def readline(self):
        return self.items.pop(0) if self.items else ""


class NoFlush:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)


sys.stdin = Lines(["first\n", "second"])
nf = NoFlush()
sys.stdout = nf
a = input("p1")
b = input(42)
sys.stdout = real
print(a, b, nf.parts)

sys.stdin = Lines([b"bytes\n", b"", 5])
print(repr(input()))
try:
    input()
except EOFError as e:
    print("EOFError", e)
try:
    input()
except TypeError as e:
    print("TypeError", e)
sys.stdin = None
try:
    input()
except RuntimeError as e:
    print("RuntimeError", e)
sys.stdin = io.StringIO("x\n")
sys.stdout = None
try:
    input()
except RuntimeError as e:
    sys.stdout = real
    print("RuntimeError", e)
