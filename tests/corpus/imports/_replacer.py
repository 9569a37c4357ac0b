import sys


class Replacement:
    def __repr__(self):
        return "<replacement object>"


sys.modules[__name__] = Replacement()
