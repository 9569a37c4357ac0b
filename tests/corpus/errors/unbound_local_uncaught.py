# UnboundLocalError: read before assignment, after del, in a loop; uncaught from a nested call.
total = 0

def add(n):
    try:
        total += n
    except UnboundLocalError as e:
        print(type(e).__name__, e)

add(1)

def after_del():
    x = 1
    del x
    try:
        return x
    except UnboundLocalError as e:
        return f"{type(e).__name__}: {e}"

print(after_del())

def conditional(flag):
    if flag:
        value = "set"
    return value

print(conditional(True))
print(isinstance(UnboundLocalError(), NameError))

def outer():
    return conditional(False)

outer()
