# UnboundLocalError and NameError messages.
x = 1


def f():
    try:
        print(x)
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
    x = 2
    return x


print(f())


def g():
    return y


try:
    g()
except NameError as e:
    print("NameError:", e)
del x
print(undefined_thing)
