def f(x, __debug__=True):
    return x
