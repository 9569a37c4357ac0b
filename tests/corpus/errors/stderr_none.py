# sys.stderr set to None silences the report of an uncaught exception;
# the exit status is still 1.
import sys

print("start")
sys.stderr = None
raise SystemError("nobody hears this")
