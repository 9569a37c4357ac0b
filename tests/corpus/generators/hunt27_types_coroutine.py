# types.coroutine (session 27's hunt): the module had no coroutine() nor
# CoroutineType/AsyncGeneratorType, so any program decorating a generator
# function to await it (asyncio's own idiom, `yield` to the event loop)
# stopped with AttributeError.
import asyncio
import types


@types.coroutine
def tick(tag):
    got = yield tag
    return 0 if got is None else got


@types.coroutine
def pause():
    yield


async def adder(k):
    t = 0
    for j in range(k):
        t += await tick(j)
    return t


async def native():
    return 5


def drive(coro):
    sent = 0
    try:
        v = coro.send(None)
        while True:
            sent += 1
            v = coro.send(sent * 2)
    except StopIteration as e:
        return e.value, sent


total = 0
for i in range(3000):
    v, n = drive(adder(i % 4))
    total += v + n
print(total)
print(drive(adder(3)), types.coroutine(native) is native)
c = native()
print(type(c) is types.CoroutineType, types.CoroutineType.__name__, types.AsyncGeneratorType.__name__)
c.close()


async def main():
    out = []
    for i in range(3):
        await pause()
        out.append(i)
    return out + [await native()]


print(asyncio.run(main()))
try:
    types.coroutine(3)
except TypeError as e:
    print("TypeError", e)
