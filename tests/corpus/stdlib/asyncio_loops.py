# asyncio: loops, the current-loop policy, Runner, shutdown of pending
# tasks, exception handlers for callbacks.
import asyncio

async def bg(name):
    try:
        while True:
            await asyncio.sleep(0.01)
    except asyncio.CancelledError:
        print(name, "cancelled at shutdown")
        raise
    finally:
        print(name, "finally")

async def main():
    asyncio.create_task(bg("bg1"))
    await asyncio.sleep(0.015)
    print("main done")
    return 1

async def quick(x):
    await asyncio.sleep(0)
    return x

# the first get_event_loop() makes a loop
loop = asyncio.get_event_loop()
print(loop is asyncio.get_event_loop(), loop.is_running())
print(loop.run_until_complete(quick("first loop")))
loop.close()

print(asyncio.run(main()))
try:
    asyncio.get_event_loop()
except RuntimeError as e:
    print("RuntimeError", e)
new = asyncio.new_event_loop()
asyncio.set_event_loop(new)
print(asyncio.get_event_loop() is new)
try:
    asyncio.set_event_loop(1)
except TypeError as e:
    print("TypeError", e)

async def cb_error():
    loop = asyncio.get_running_loop()
    def cb(x):
        raise ValueError("in callback %s" % x)
    loop.set_exception_handler(lambda l, ctx: print("handler:", ctx["message"], repr(ctx["exception"])))
    loop.call_soon(cb, 1)
    await asyncio.sleep(0)
    print("after callback")
    c = asyncio.sleep(0)
    try:
        asyncio.run(c)
    except RuntimeError as e:
        print("RuntimeError", e)
    c.close()
    c = asyncio.sleep(0)
    try:
        loop.run_until_complete(c)
    except RuntimeError as e:
        print("RuntimeError", e)
    c.close()
new.run_until_complete(cb_error())
new.close()
c = asyncio.sleep(0)
try:
    new.run_until_complete(c)
except RuntimeError as e:
    print("RuntimeError", e)
c.close()

with asyncio.Runner() as runner:
    print(runner.run(main()))
    print(runner.run(asyncio.sleep(0, "second run")))
    print(type(runner.get_loop()).__name__)
c = asyncio.sleep(0)
try:
    runner.run(c)
except RuntimeError as e:
    print("RuntimeError", e)
c.close()

# a task that fails while nobody waits: its exception is kept
async def fails():
    raise KeyError("lost")
async def main2():
    t = asyncio.create_task(fails())
    await asyncio.sleep(0)
    print(t.done(), repr(t.exception()))
asyncio.run(main2())

# blocking work handed to an executor (one thread here: it runs at once)
def blocking(a, b=1):
    if a < 0:
        raise ValueError("negative")
    return a * b
async def main3():
    loop = asyncio.get_running_loop()
    print(await loop.run_in_executor(None, blocking, 6))
    print(await asyncio.to_thread(blocking, 6, b=7))
    try:
        await asyncio.to_thread(blocking, -1)
    except ValueError as e:
        print("ValueError", e)
asyncio.run(main3())
