# __self__ and __module__ of builtin functions: a module's function has
# the module as its self and the module's name; a bound builtin method
# has its object and no module.
import math
import collections
import builtins

print(len.__self__, len.__module__)
print(len.__self__ is builtins, abs.__self__ is builtins)
print(math.sqrt.__self__ is math, math.sqrt.__module__)
print(max.__module__, print.__module__, sorted.__self__.__name__)
lst = [1, 2]
print(lst.append.__self__ is lst, lst.append.__module__)
d = collections.deque([3])
print(d.append.__self__, d.append.__module__)
print(hasattr(str.upper, '__module__'), hasattr((1).__add__, '__module__'))
print((1).__add__.__self__, type((1).__add__).__name__)
print(getattr(len, '__module__'), '__module__' in dir(len))
for f in (len, min, iter, math.floor):
    print(f.__name__, f.__module__, type(f.__self__).__name__)
