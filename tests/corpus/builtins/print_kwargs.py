# print(): sep, end, file, flush, and the errors of bad keyword values.
import sys

print()
print("a", "b", "c")
print("a", "b", "c", sep="")
print("a", "b", "c", sep=", ")
print("a", "b", sep=None)
print("x", end="")
print("y", end=None)
print("no newline", end="|\n")
print(1, 2.5, None, True, [1, "two"], (3,), {"k": 4}, sep=" / ")
print(*range(5))
print(*range(5), sep="-", end=".\n")
print(*[], sep="never")
print("to stdout", file=sys.stdout)
print("to stdout too", file=None)
print("flushed", flush=True)
print("multi\nline", "value")
print("", "", sep="<>")

class Shout:
    def __str__(self):
        return "SHOUT"
    def __repr__(self):
        return "Shout()"

print(Shout(), [Shout()])

class Collector:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
        return len(s)

c = Collector()
print("one", 2, sep="+", end="!", file=c)
print("again", file=c)
print(c.parts)

for kwargs in [{"sep": 1}, {"end": 2}, {"sep": b"x"}, {"file": 5}, {"bogus": 1}]:
    try:
        print("x", **kwargs)
    except Exception as e:
        print(type(e).__name__, e)

class BadStr:
    def __str__(self):
        return 42

try:
    print(BadStr())
except Exception as e:
    print(type(e).__name__, e)

class Raises:
    def __str__(self):
        raise ValueError("no str for you")

try:
    print("before", Raises(), "after")
except ValueError as e:
    print("caught", e)
print("done")
