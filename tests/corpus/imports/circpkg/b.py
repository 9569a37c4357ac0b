print("b starts")
from . import a
print("b sees a.A_EARLY =", a.A_EARLY, "has A_LATE:", hasattr(a, "A_LATE"))
B = "bee"
