# Coroutines and async generators are not iterable; `yield from` a
# coroutine in a plain generator is refused.
async def coro():
    return 1

async def agen():
    yield 1

c = coro()
for what, f in [("iter", lambda: iter(c)), ("list", lambda: list(c)), ("sum", lambda: sum(c)),
                ("for", lambda: [x for x in c]), ("tuple", lambda: tuple(c))]:
    try:
        f()
    except TypeError as e:
        print(what, "TypeError", e)
a = agen()
for what, f in [("iter", lambda: iter(a)), ("list", lambda: list(a)), ("min", lambda: min(a))]:
    try:
        f()
    except TypeError as e:
        print(what, "TypeError", e)

def delegate():
    yield from coro_obj

coro_obj = coro()
try:
    list(delegate())
except TypeError as e:
    print("yield from", "TypeError", e)
c.close()
coro_obj.close()

def plain():
    yield 1
    yield 2

def outer():
    yield from plain()
print(list(outer()), list(iter(plain())))
