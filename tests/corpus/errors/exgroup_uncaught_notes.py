# A group subclass raised from None and re-raised: notes of any type, a
# leaf whose str() fails, a multi-line message.
class Boom(Exception):
    def __str__(self):
        raise RuntimeError("no str")
class Mine(ExceptionGroup):
    pass
import sys
e = Mine("mine", [Boom(), ValueError("a\nb")])
e.__notes__ = ["ok", 5]
try:
    raise e from None
except Mine as m:
    sys.stdout.flush()
    raise
