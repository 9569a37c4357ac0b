# print(): sep, end, file, flush; interleaving of stdout and stderr.
import sys

print("a", "b", "c", sep="-")
print("no newline", end="")
print(" continued")
print("to stderr", file=sys.stderr)
print(1, 2, sep="", end="!\n")
print()
print(*[1, 2, 3])
sys.stdout.write("written\n")
print("flushed", flush=True)
print("err again", file=sys.stderr)
print("last")
