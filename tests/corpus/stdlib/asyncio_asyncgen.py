# async generators, async for/with, async comprehensions, and the VM's
# errors for misused awaitables.
import asyncio

async def ticker(n, delay=0):
    for i in range(n):
        await asyncio.sleep(delay)
        yield i
    print("ticker exhausted")

class Resource:
    def __init__(self, name):
        self.name = name
    async def __aenter__(self):
        print("open", self.name)
        await asyncio.sleep(0)
        return self
    async def __aexit__(self, et, ev, tb):
        print("close", self.name, et.__name__ if et else None)
        return et is KeyError

class Countdown:
    def __init__(self, n):
        self.n = n
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.n == 0:
            raise StopAsyncIteration
        self.n -= 1
        await asyncio.sleep(0)
        return self.n

async def main():
    async for x in ticker(3):
        print("tick", x)
    print([x async for x in ticker(3, 0.001)])
    print({x: x * x async for x in Countdown(3)})
    print([x for x in range(3) if await asyncio.sleep(0, True)])
    async for x in Countdown(2):
        print("countdown", x)
    else:
        print("for-else ran")
    async with Resource("r1") as r:
        print("using", r.name)
    async with Resource("r2"):
        raise KeyError("suppressed")
    print("after suppressed")
    try:
        async with Resource("r3"), Resource("r4"):
            raise ValueError("passes")
    except ValueError as e:
        print("ValueError", e)

    g = ticker(5)
    print(type(g).__name__, g.__name__, g.__qualname__)
    print(await g.__anext__(), await g.asend(None), await anext_or(g))
    await g.aclose()
    try:
        await g.__anext__()
    except StopAsyncIteration:
        print("closed generator: StopAsyncIteration")

    async def echo():
        received = None
        while True:
            received = yield received
            if received == "stop":
                return
    e = echo()
    print(await e.asend(None), await e.asend("hi"), await e.asend(3))
    try:
        await e.asend("stop")
    except StopAsyncIteration:
        print("echo stopped")

    async def catcher():
        try:
            yield 1
        except ValueError as ex:
            print("caught in generator", ex)
            yield 2
        finally:
            print("catcher finally")
    c = catcher()
    print(await c.__anext__())
    print(await c.athrow(ValueError("thrown")))
    await c.aclose()

    async def bad_close():
        try:
            yield 1
        except GeneratorExit:
            yield 2
    b = bad_close()
    await b.__anext__()
    try:
        await b.aclose()
    except RuntimeError as ex:
        print("RuntimeError", ex)

    async def raises_stop():
        raise StopAsyncIteration
        yield
    try:
        await raises_stop().__anext__()
    except RuntimeError as ex:
        print("RuntimeError", ex)

async def anext_or(g):
    return await g.__anext__()

asyncio.run(main())

# coroutines driven by hand
class Awaitable:
    def __await__(self):
        v = yield "suspended"
        return v * 2

async def inner():
    return await Awaitable()

async def outer():
    try:
        r = await inner()
    except ValueError as e:
        return "caught " + str(e)
    return r + 1

c = outer()
print(type(c).__name__, c.__name__, c.__qualname__)
print(c.send(None), c.cr_running, c.cr_await is not None)
try:
    c.send(20)
except StopIteration as e:
    print("returned", e.value)
c = outer()
c.send(None)
try:
    c.throw(ValueError("x"))
except StopIteration as e:
    print("returned", e.value)
c = outer()
c.send(None)
c.close()
print("closed", c.cr_await)

class NotIter:
    def __await__(self):
        return 5
made = []
class ReturnsCoro:
    def __await__(self):
        made.append(inner())
        return made[-1]
class NoAexit:
    async def __aenter__(self):
        pass
class BadEnter:
    def __aenter__(self):
        return 1
    def __aexit__(self, *a):
        return 1
class NoANext:
    def __aiter__(self):
        return 1
class BadANext:
    def __aiter__(self):
        return self
    def __anext__(self):
        return 1
async def agen():
    yield 1

async def case(i):
    if i == 0:
        await 1
    if i == 1:
        await NotIter()
    if i == 2:
        await ReturnsCoro()
    if i == 3:
        async with NoAexit():
            pass
    if i == 4:
        async with BadEnter():
            pass
    if i == 5:
        async for x in 1:
            pass
    if i == 6:
        async for x in NoANext():
            pass
    if i == 7:
        async for x in BadANext():
            pass
    if i == 8:
        c = inner()
        c.close()
        await c
    if i == 9:
        await agen()
    if i == 10:
        async with object():
            pass
    if i == 11:
        raise StopIteration

for i in range(12):
    c = case(i)
    try:
        c.send(None)
    except StopIteration:
        print(i, "stop")
    except Exception as e:
        print(i, type(e).__name__, e)
for m in made:
    m.close()

c = inner()
for v in [1, None]:
    try:
        c.send(v)
    except Exception as e:
        print(type(e).__name__, e)
try:
    c.send(None)
except StopIteration:
    pass
except Exception as e:
    print(type(e).__name__, e)
try:
    next(c)
except Exception as e:
    print(type(e).__name__, e)

ag_obj = agen()
co_obj = inner()
for make in [lambda: type(ag_obj.__anext__())(), lambda: type(ag_obj.aclose())(),
             lambda: type(ag_obj)(), lambda: type(co_obj)(),
             lambda: type(co_obj).send(ag_obj, None), lambda: type(ag_obj).asend(co_obj, None)]:
    try:
        make()
    except TypeError as e:
        print("TypeError", e)
co_obj.close()

async def broken():
    await asyncio.sleep(0)
    raise ValueError("uncaught in coroutine")

b = broken()
b.send(None)
b.send(None)
