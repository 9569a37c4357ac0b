# from m import *: __all__ when present (private names included if listed),
# else every name not starting with an underscore.
from starpkg.with_all import *
print(public, _semi)
print("hidden" in globals())

from starpkg.without_all import *
print(visible, func(), Klass.__name__)
print("_private" in globals(), "_sys" in globals())

try:
    from starpkg.bad_all import *
except TypeError as e:
    print(type(e).__name__, e)

try:
    from starpkg.missing_all import *
except AttributeError as e:
    print(type(e).__name__, e)
print(present)

# A package's __all__ naming submodules imports them.
import starpkg
starpkg.__all__ = ["with_all", "subs"]
from starpkg import *
print(with_all.__name__, subs.__name__)
