# A batch of collected errors raised as a group; except* takes the
# KeyErrors and raises from them; the rest (with notes) goes along.
import sys
class Quiet(Exception):
    def __init__(self, n):
        super().__init__(n)
        self.add_note(f"note for {n}")
def work(i):
    if i % 3 == 0:
        raise Quiet(i)
    if i % 3 == 1:
        raise KeyError(i)
    return i
errors = []
for i in range(6):
    try:
        work(i)
    except Exception as e:
        errors.append(e)
eg = ExceptionGroup("batch", errors)
try:
    raise eg
except* KeyError as k:
    print("keys:", [e.args[0] for e in k.exceptions], file=sys.stderr)
    raise ValueError("keys present") from k
