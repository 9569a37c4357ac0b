# cell objects: cell_contents read, written and deleted; an empty cell.
def outer():
    x = 5
    def inner():
        return x
    return inner
f = outer()
c = f.__closure__[0]
print(type(c).__name__, c.cell_contents)
c.cell_contents = 7
print(f())
del c.cell_contents
for op in (lambda: c.cell_contents, lambda: f()):
    try:
        print(op())
    except Exception as e:
        print(type(e).__name__, e)
try:
    del c.cell_contents
except Exception as e:
    print(type(e).__name__, e)
c.cell_contents = [1, 2]
print(f())
def later():
    def g():
        return y
    cell = g.__closure__[0]
    try:
        print(cell.cell_contents)
    except ValueError as e:
        print("ValueError", e)
    y = 3
    print(cell.cell_contents, g())
later()
try:
    c.other = 1
except Exception as e:
    print(type(e).__name__, e)
print(c.cell_contents)
