# sys.exit with a string prints it to stderr and exits with 1.
import sys

print("bye")
sys.exit("fatal: giving up")
