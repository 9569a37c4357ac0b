print("init pkg_a.sub", __name__, __package__)
from .. import mod as parent_mod
from ..mod import greet
leaf_value = 42
