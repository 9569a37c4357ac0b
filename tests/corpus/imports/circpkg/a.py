print("a starts")
A_EARLY = 1
from . import b
print("a continues, b.B =", b.B)
A_LATE = 2
