# Name resolution: class scopes, comprehensions, closures over loop variables.
x = "global"


class C:
    x = "class"
    y = [x for _ in range(1)]

    def method(self):
        return x


print(C.y, C().method())


def f():
    x = "local"

    def g():
        return x
    x = "rebound"
    return g()


print(f())
funcs = []
for i in range(3):
    def h(i=i):
        return i * 10
    funcs.append(h)
print([fn() for fn in funcs])
