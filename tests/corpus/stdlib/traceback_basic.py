import traceback
import sys
def inner(x):
    return 10 / x
def outer(x):
    return inner(x) + 1
try:
    outer(0)
except ZeroDivisionError:
    s = traceback.format_exc()
    print(s, end='')
    print('---')
    traceback.print_exc(file=sys.stdout)
try:
    outer(0)
except ZeroDivisionError as e:
    lines = traceback.format_exception(e)
    print(len(lines) > 2, lines[0], lines[-1], end='')
    print(traceback.format_exception_only(e))
    print(traceback.format_exception_only(type(e), e))
    print(''.join(traceback.format_exception(type(e), e, e.__traceback__)), end='')
try:
    try:
        {}['k']
    except KeyError as e:
        raise ValueError('converted') from e
except ValueError:
    traceback.print_exc(file=sys.stdout)
try:
    try:
        int('x')
    except ValueError:
        [].pop()
except IndexError:
    print(traceback.format_exc(), end='')
    print(traceback.format_exc(chain=False), end='')
print(repr(traceback.format_exc()))
class MyErr(Exception):
    pass
try:
    raise MyErr()
except MyErr:
    traceback.print_exc(file=sys.stdout)
try:
    outer(0)
except Exception:
    traceback.print_exc()
print('done')
