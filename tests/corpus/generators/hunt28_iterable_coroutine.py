# types.coroutine on a generator function (session 28's hunt): CPython sets
# CO_ITERABLE_COROUTINE on the function's code and returns the same
# function; its generators stay generators but `await` accepts them and
# inspect.isawaitable says True.
import asyncio
import inspect
import types


def gen(tag):
    got = yield tag
    return (tag, got)


def plain_gen():
    yield 1


c = types.coroutine(gen)
print(c is gen, c.__name__, bool(gen.__code__.co_flags & 0x100), bool(plain_gen.__code__.co_flags & 0x100))
g = gen('a')
print(type(g).__name__, inspect.isawaitable(g), inspect.isawaitable(plain_gen()), hasattr(g, '__await__'))
print(g.gi_code.co_name, bool(g.gi_code.co_flags & 0x20))
g.close()


async def user(n):
    out = []
    for i in range(n):
        out.append(await gen(i))
    return out


co = user(3)
step = co.send(None)
k = 0
try:
    while True:
        k += 1
        step = co.send(step * 10 + k)
except StopIteration as e:
    print('result', e.value)


async def bad():
    return await plain_gen()


try:
    bad().send(None)
except TypeError as e:
    print('TypeError', e)


def ret1():
    return 1


print(types.coroutine(ret1) is ret1, types.coroutine(ret1)())


@types.coroutine
def sleep0():
    yield


async def main():
    total = 0
    for i in range(2000):
        await sleep0()
        total += i
    return total


print(asyncio.run(main()))
