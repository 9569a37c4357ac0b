# Importing a module that sits beside the program, in all three forms.
import _shapes_lib
from _shapes_lib import Circle, area as circle_area
import _shapes_lib as lib

print(_shapes_lib.area(2), circle_area(1), lib.calls(), lib is _shapes_lib)
print(Circle(3), _shapes_lib.__name__, lib.PI)
try:
    import no_such_module_here
except ModuleNotFoundError as e:
    print(e)
try:
    from _shapes_lib import missing
except ImportError as e:
    print(type(e).__name__, e)
