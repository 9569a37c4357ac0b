print("init pkg_a.sub.deep", __name__, __package__)
from . import leaf_value
from .. import VERSION
from ..mod import greet as g
from .. import mod


def where():
    return __name__, VERSION, g("deep"), mod.__name__
