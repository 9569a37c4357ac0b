# asyncio.gather: argument order, exceptions, return_exceptions, cancel.
import asyncio


async def until(when):
    """Sleeps until loop time when: deadlines taken from one reference
    time keep their order even if the machine stalls between tasks."""
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    loop.call_at(when, f.set_result, None)
    await f


BASE = [0.0]


def mark():
    """Takes the reference time of the next group of tasks."""
    BASE[0] = asyncio.get_running_loop().time()

async def val(x, d=0):
    if d:
        await until(BASE[0] + d)
    else:
        await asyncio.sleep(0)
    print("val", x)
    return x

async def boom(msg, d=0):
    if d:
        await until(BASE[0] + d)
    else:
        await asyncio.sleep(0)
    print("boom", msg)
    raise ValueError(msg)

async def main():
    print(await asyncio.gather())
    mark()
    print(await asyncio.gather(val(1, 0.1), val(2), val(3, 0.05)))
    # "a" outlives the gather that raised: it waits for the handler (a
    # deadline after boom's could fire in the same loop turn on a stalled
    # machine, and print before the handler).
    gate = asyncio.Event()

    async def gated(x):
        await gate.wait()
        print("val", x)
        return x
    try:
        mark()
        await asyncio.gather(gated("a"), boom("bad", 0.05), val("b"))
    except ValueError as e:
        print("caught", type(e).__name__, e)
        gate.set()
    await asyncio.sleep(0.1)
    mark()
    r = await asyncio.gather(val(1), boom("x"), val(2, 0.05), return_exceptions=True)
    print([type(v).__name__ + ":" + str(v) for v in r])
    t = asyncio.create_task(val("same"))
    print(await asyncio.gather(t, t, val("other")))

    # cancelling a child: gather raises CancelledError
    async def slow():
        try:
            await asyncio.sleep(1)
        except asyncio.CancelledError:
            print("slow cancelled")
            raise
    s = asyncio.create_task(slow())
    g = asyncio.gather(s, val("v"))
    await asyncio.sleep(0)
    s.cancel()
    try:
        await g
    except asyncio.CancelledError as e:
        print("gather cancelled", type(e).__name__)
    s2 = asyncio.create_task(slow())
    g2 = asyncio.gather(s2, val("w"), return_exceptions=True)
    await asyncio.sleep(0)
    s2.cancel("stop it")
    r = await g2
    print([type(v).__name__ for v in r], str(r[0]))

    # cancelling the gather future cancels the children
    g3 = asyncio.gather(slow(), slow())
    await asyncio.sleep(0)
    print("cancel gather:", g3.cancel())
    try:
        await g3
    except asyncio.CancelledError:
        print("g3 cancelled", g3.cancelled())

    # nested gathers
    r = await asyncio.gather(asyncio.gather(val(1), val(2)), val(3))
    print(r)

    # a future in gather
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    loop.call_later(0.01, f.set_result, "from future")
    print(await asyncio.gather(f, val(0)))
    return "ok"

print(asyncio.run(main()))
