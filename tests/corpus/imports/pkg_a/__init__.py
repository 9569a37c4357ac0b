print("init pkg_a", __name__, __package__)
VERSION = "1.0"
from .mod import greet
