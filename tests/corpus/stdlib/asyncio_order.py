# asyncio: the order in which callbacks and tasks run (CPython's event loop).
import asyncio


async def until(when):
    """Sleeps until loop time when: deadlines taken from one reference
    time keep their order even if the machine stalls between tasks."""
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    loop.call_at(when, f.set_result, None)
    await f

log = []

def cb(name, *args):
    print("cb", name, *args)

async def step(name, n):
    for i in range(n):
        print(name, "step", i)
        await asyncio.sleep(0)
    print(name, "done")
    return name

async def main():
    loop = asyncio.get_running_loop()
    print(loop is asyncio.get_event_loop(), loop.is_running())
    loop.call_soon(cb, "first")
    loop.call_soon(cb, "second", 2)
    h = loop.call_soon(cb, "cancelled")
    h.cancel()
    print(h.cancelled())
    t0 = loop.time()
    loop.call_at(t0 + 0.1, cb, "later-0.1")
    loop.call_at(t0 + 0.05, cb, "later-0.05")
    loop.call_at(t0 + 0.075, cb, "at-0.075")
    t = loop.time()
    print(type(t).__name__)
    a = asyncio.create_task(step("a", 3))
    b = asyncio.create_task(step("b", 2), name="bee")
    print("tasks made", a.get_name().startswith("Task-"), b.get_name(), a.done())
    await asyncio.sleep(0)
    print("main after sleep(0)")
    await asyncio.sleep(0)
    print("main after second sleep(0)")
    res = await a
    print("a returned", res, a.done(), a.result())
    print(await b)
    await asyncio.sleep(0.15)
    print("main after timers")

    # done callbacks run by call_soon, in the order added
    f = loop.create_future()
    f.add_done_callback(lambda fut: print("callback 1", fut.result()))
    f.add_done_callback(lambda fut: print("callback 2", fut.result()))
    loop.call_soon(print, "scheduled before set_result")
    f.set_result("value")
    print("set_result returned")
    await asyncio.sleep(0)
    print("after one iteration")
    f.add_done_callback(lambda fut: print("callback on done future"))
    await asyncio.sleep(0)

    # a task starts only at the next iteration
    order = []
    async def rec(x):
        order.append(x)
    ts = [asyncio.create_task(rec(i)) for i in range(4)]
    order.append("main")
    await asyncio.sleep(0)
    print(order)
    await asyncio.gather(*ts)

    # timers with the same delay fire in the order they were set
    for i in range(3):
        loop.call_later(0.01, cb, "same", i)
    await asyncio.sleep(0.02)

    # sleeping tasks wake in deadline order
    async def napper(name, d, base):
        await until(base + d)
        print("woke", name)
        return d
    t1 = loop.time()
    r = await asyncio.gather(napper("slow", 0.15, t1), napper("fast", 0.05, t1), napper("mid", 0.1, t1))
    print(r)
    print(asyncio.current_task() is not None, asyncio.current_task().get_name())
    print(len(asyncio.all_tasks()))
    return "end"

print(asyncio.run(main()))

# a loop of our own
loop = asyncio.new_event_loop()
print(loop.is_closed(), loop.is_running())
print(loop.run_until_complete(step("own", 2)))
fut = loop.create_future()
loop.call_later(0.01, fut.set_result, "timer result")
print(loop.run_until_complete(fut))
loop.call_soon(cb, "before stop")
loop.call_soon(loop.stop)
loop.call_soon(cb, "after stop")
loop.run_forever()
print("stopped")
loop.run_until_complete(asyncio.sleep(0))
loop.close()
print(loop.is_closed())
try:
    loop.call_soon(cb, "x")
except RuntimeError as e:
    print("RuntimeError", e)
try:
    asyncio.get_running_loop()
except RuntimeError as e:
    print("RuntimeError", e)
print(asyncio.iscoroutinefunction(step), asyncio.iscoroutinefunction(cb))
c = step("x", 1)
print(asyncio.iscoroutine(c), asyncio.iscoroutine(step))
c.close()
