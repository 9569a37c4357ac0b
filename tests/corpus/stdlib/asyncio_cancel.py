# asyncio: Task.cancel, CancelledError, wait_for timeouts, wait, as_completed, shield, Future errors.
import asyncio


async def until(when):
    """Sleeps until loop time when: deadlines taken from one reference
    time keep their order even if the machine stalls between tasks."""
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    loop.call_at(when, f.set_result, None)
    await f

async def quiet(name, d, base):
    await until(base + d)
    return name

async def sleeper(name, d, result=None, base=None):
    try:
        if base is None:
            await asyncio.sleep(d)
        else:
            await until(base + d)
    except asyncio.CancelledError as e:
        print(name, "got CancelledError", e.args)
        raise
    finally:
        print(name, "finally")
    print(name, "woke")
    return result if result is not None else name

async def main():
    loop = asyncio.get_running_loop()
    t = asyncio.create_task(sleeper("t1", 1))
    await asyncio.sleep(0)
    print("cancel:", t.cancel(), t.cancelled(), t.done())
    try:
        await t
    except asyncio.CancelledError as e:
        print("awaiting t1:", type(e).__name__, e.args)
    print(t.cancelled(), t.done(), t.cancel())
    try:
        t.result()
    except asyncio.CancelledError as e:
        print("result():", type(e).__name__)
    try:
        t.exception()
    except asyncio.CancelledError as e:
        print("exception():", type(e).__name__)

    # cancel before the first step: the coroutine never runs
    t = asyncio.create_task(sleeper("t2", 1))
    t.cancel("early")
    try:
        await t
    except asyncio.CancelledError as e:
        print("t2:", e.args)

    # a task that swallows the cancellation
    async def stubborn():
        try:
            await asyncio.sleep(1)
        except asyncio.CancelledError:
            print("stubborn ignores it")
        return "finished anyway"
    t = asyncio.create_task(stubborn())
    await asyncio.sleep(0)
    t.cancel()
    print(await t, t.cancelled())

    # cancel with a message
    t = asyncio.create_task(sleeper("t3", 1))
    await asyncio.sleep(0)
    t.cancel(msg="bye")
    try:
        await t
    except asyncio.CancelledError as e:
        print("t3:", e.args)

    # exceptions in tasks
    async def fails():
        await asyncio.sleep(0)
        raise KeyError("k")
    t = asyncio.create_task(fails())
    await asyncio.sleep(0.01)
    print(t.done(), repr(t.exception()))
    try:
        t.result()
    except KeyError as e:
        print("result raised KeyError", e)

    # wait_for
    print(await asyncio.wait_for(sleeper("quick", 0.01), 1))
    try:
        await asyncio.wait_for(sleeper("slow", 1), 0.01)
    except asyncio.TimeoutError as e:
        print("TimeoutError", type(e).__name__, e.args, type(e.__cause__).__name__)
    try:
        await asyncio.wait_for(sleeper("zero", 1), 0)
    except TimeoutError as e:
        print("timeout 0:", type(e).__name__)
    print(await asyncio.wait_for(sleeper("none", 0.01), None))

    # wait
    t0 = loop.time()
    tasks = [asyncio.create_task(sleeper("w%d" % i, d, base=t0)) for i, d in enumerate([0.6, 0.05, 0.35])]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    print(sorted(t.result() for t in done), len(pending))
    done, pending = await asyncio.wait(pending)
    print(sorted(t.result() for t in done), len(pending))
    # wide margins: a loaded machine may stall the loop for tens of ms
    tasks = [asyncio.create_task(sleeper("x%d" % i, d)) for i, d in enumerate([3, 0.02])]
    done, pending = await asyncio.wait(tasks, timeout=0.4)
    print(len(done), len(pending))
    for p in pending:
        p.cancel()
    await asyncio.sleep(0)
    async def bad(d, base):
        await until(base + d)
        raise ValueError(d)
    t0 = loop.time()
    tasks = [asyncio.create_task(bad(0.05, t0)), asyncio.create_task(sleeper("y", 0.4, base=t0))]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_EXCEPTION)
    print(len(done), len(pending), [type(t.exception()).__name__ for t in done])
    await asyncio.wait(pending)
    for args, kw in [((), {}), (([],), {}), ((tasks,), {'return_when': 'x'})]:
        try:
            await asyncio.wait(*args, **kw)
        except (TypeError, ValueError) as e:
            print(type(e).__name__, e)
    c = sleeper("c", 0)
    try:
        await asyncio.wait([c])
    except TypeError as e:
        print(type(e).__name__, e)
    c.close()

    # as_completed
    t0 = loop.time()
    # quiet sleepers: with printing ones, a stalled machine (compiles at
    # --jit-threshold=1 under load) lets a later task finish before the
    # loop resumes this one, and the lines interleave differently.
    for coro in asyncio.as_completed([quiet("p", 0.15, t0), quiet("q", 0.05, t0), quiet("r", 0.1, t0)]):
        print("as_completed:", await coro)
    try:
        for coro in asyncio.as_completed([sleeper("s", 0.5)], timeout=0.01):
            await coro
    except asyncio.TimeoutError:
        print("as_completed timed out")
    await asyncio.sleep(0)

    # shield
    inner = asyncio.create_task(sleeper("inner", 0.02))
    outer = asyncio.shield(inner)
    await asyncio.sleep(0)
    outer.cancel()
    try:
        await outer
    except asyncio.CancelledError:
        print("outer cancelled; inner cancelled?", inner.cancelled())
    print(await inner)

    # Future errors
    f = loop.create_future()
    for m in (f.result, f.exception):
        try:
            m()
        except asyncio.InvalidStateError as e:
            print("InvalidStateError", e)
    f.set_exception(ValueError)
    print(repr(f.exception()))
    try:
        f.set_result(1)
    except asyncio.InvalidStateError as e:
        print("InvalidStateError", str(e).split(":")[0])
    g = loop.create_future()
    try:
        g.set_exception(StopIteration())
    except TypeError as e:
        print("TypeError", e)
    print(g.cancel(), g.cancel(), g.cancelled())
    print(asyncio.isfuture(g), asyncio.isfuture(1))
    h = loop.create_future()
    def cb(fut):
        print("never")
    h.add_done_callback(cb)
    h.add_done_callback(cb)
    print(h.remove_done_callback(cb), h.remove_done_callback(cb))
    h.set_result(None)
    await asyncio.sleep(0)
    for bad in [1, None]:
        try:
            asyncio.ensure_future(bad)
        except TypeError as e:
            print("TypeError", e)
    try:
        asyncio.Task(1)
    except TypeError as e:
        print("TypeError", e)
    t = asyncio.current_task()
    try:
        t.set_result(1)
    except RuntimeError as e:
        print("RuntimeError", e)
    return "done"

print(asyncio.run(main()))
for bad in [1, None]:
    try:
        asyncio.run(bad)
    except ValueError as e:
        print("ValueError", e)
