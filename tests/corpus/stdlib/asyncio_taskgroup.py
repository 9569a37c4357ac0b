# asyncio.TaskGroup and asyncio.timeout (3.11).
import asyncio

async def job(name, d, fail=False):
    try:
        await asyncio.sleep(d)
    except asyncio.CancelledError:
        print(name, "cancelled")
        raise
    if fail:
        print(name, "fails")
        raise ValueError(name)
    print(name, "done")
    return name

async def main():
    async with asyncio.TaskGroup() as tg:
        t1 = tg.create_task(job("a", 0.05))
        t2 = tg.create_task(job("b", 0), name="bee")
        print("in group", t2.get_name())
    print("group done", t1.result(), t2.result())

    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(job("ok", 0))
            tg.create_task(job("slow", 1))
            tg.create_task(job("bad", 0.05, fail=True))
    except* ValueError as eg:
        print("ExceptionGroup:", eg.message, [str(e) for e in eg.exceptions])

    # x and y fail in one loop turn: both wait on one Event, which wakes
    # them together (two timers 0.05 s apart could fire in different turns
    # on a stalled machine, and then y would be cancelled instead).
    both = asyncio.Event()
    async def fail_on(name):
        await both.wait()
        print(name, "fails")
        raise ValueError(name)
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fail_on("x"))
            tg.create_task(fail_on("y"))
            await asyncio.sleep(0)
            both.set()
    except ExceptionGroup as eg:
        print(type(eg).__name__, eg.message, sorted(str(e) for e in eg.exceptions))

    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(job("z", 1))
            await asyncio.sleep(0)
            raise KeyError("body")
    except ExceptionGroup as eg:
        print("body error:", [repr(e) for e in eg.exceptions])

    tg = asyncio.TaskGroup()
    c = job("never", 0)
    try:
        tg.create_task(c)
    except RuntimeError as e:
        print("RuntimeError", e)
    c.close()

    # timeout
    try:
        async with asyncio.timeout(0.05) as cm:
            print(repr(cm).startswith("<Timeout [active] when="))
            await job("long", 1)
    except TimeoutError as e:
        print("timed out", type(e).__name__, cm.expired(), repr(cm))
    async with asyncio.timeout(1) as cm:
        await job("short", 0)
    print(cm.expired(), repr(cm))
    async with asyncio.timeout(None) as cm:
        print(cm.when())
        cm.reschedule(asyncio.get_running_loop().time() + 0.05)
        try:
            await asyncio.sleep(1)
        except asyncio.CancelledError:
            print("cancelled by rescheduled timeout")
            raise
    print("unreachable")

try:
    asyncio.run(main())
except TimeoutError as e:
    print("outer", type(e).__name__)
