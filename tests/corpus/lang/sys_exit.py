# sys.exit with a code ends the program with that status.
import sys

print("before")
try:
    sys.exit(2)
except SystemExit as e:
    print("caught exit", e.code)
sys.exit(3)
print("never")
