# Builtins have a __doc__ (CPython's C docstrings; hotloop's are None), so
# functools.wraps and 'f.__doc__ or ...' work on them.
import functools, math
print(hasattr(len, '__doc__'), hasattr([].append, '__doc__'), hasattr(int.__add__, '__doc__'), hasattr((1).__add__, '__doc__'))
print(hasattr(str.upper, '__doc__'), hasattr(dict.__dict__['fromkeys'], '__doc__'), hasattr(math.sqrt, '__doc__'))
@functools.wraps(len)
def mylen(x):
    return len(x) * 2
print(mylen([1, 2]), mylen.__name__, mylen.__wrapped__ is len, type(mylen.__doc__).__name__ in ('str', 'NoneType'))
print(bool(len.__doc__ or '') in (True, False))
