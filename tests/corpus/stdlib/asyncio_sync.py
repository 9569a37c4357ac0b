# asyncio queues, Event, Lock, Semaphore, Condition: who wakes first.
import asyncio

async def main():
    # bounded queue: the producer waits for the consumer
    q = asyncio.Queue(maxsize=2)
    print(q.maxsize, q.empty(), q.full(), q.qsize())
    async def producer(n):
        for i in range(n):
            await q.put(i)
            print("put", i, "size", q.qsize())
        await q.put(None)
        print("producer done")
    async def consumer(name):
        while True:
            item = await q.get()
            if item is None:
                q.task_done()
                print(name, "stop")
                return
            print(name, "got", item)
            await asyncio.sleep(0)
            q.task_done()
    await asyncio.gather(producer(5), consumer("c1"))
    await q.join()
    print("joined", q.empty(), q._unfinished_tasks)

    # several consumers, join waits for task_done
    q = asyncio.Queue()
    for i in range(6):
        q.put_nowait(i)
    async def worker(name):
        while True:
            item = await q.get()
            for _ in range(item):
                await asyncio.sleep(0)
            print(name, "processed", item)
            q.task_done()
    workers = [asyncio.create_task(worker("w%d" % i)) for i in range(3)]
    await q.join()
    print("all processed")
    for w in workers:
        w.cancel()
    res = await asyncio.gather(*workers, return_exceptions=True)
    print([type(r).__name__ for r in res])

    try:
        asyncio.Queue().get_nowait()
    except asyncio.QueueEmpty as e:
        print("QueueEmpty", repr(e))
    q1 = asyncio.Queue(1)
    q1.put_nowait("x")
    try:
        q1.put_nowait("y")
    except asyncio.QueueFull as e:
        print("QueueFull", repr(e))
    try:
        q1.task_done(); q1.task_done()
    except ValueError as e:
        print("ValueError", e)
    pq = asyncio.PriorityQueue()
    for x in [5, 1, 4, 2]:
        pq.put_nowait(x)
    print([pq.get_nowait() for _ in range(4)])
    lq = asyncio.LifoQueue()
    for x in "abc":
        await lq.put(x)
    print([await lq.get() for _ in range(3)])
    try:
        await asyncio.wait_for(asyncio.Queue().get(), 0.01)
    except asyncio.TimeoutError:
        print("get timed out")

    # Event
    ev = asyncio.Event()
    async def waiter(name):
        print(name, "waiting")
        await ev.wait()
        print(name, "released", ev.is_set())
    ws = [asyncio.create_task(waiter("e%d" % i)) for i in range(3)]
    await asyncio.sleep(0)
    print("setting")
    ev.set()
    await asyncio.gather(*ws)
    print(await ev.wait())
    ev.clear()
    print(ev.is_set())

    # Lock
    lock = asyncio.Lock()
    async def critical(name):
        async with lock:
            print(name, "in", lock.locked())
            await asyncio.sleep(0.001)
            print(name, "out")
    await asyncio.gather(*(critical("L%d" % i) for i in range(3)))
    print(lock.locked())
    try:
        lock.release()
    except RuntimeError as e:
        print("RuntimeError", e)
    print(await lock.acquire(), lock.locked())
    lock.release()

    # Semaphore
    sem = asyncio.Semaphore(2)
    active = []
    async def limited(i):
        async with sem:
            active.append(i)
            print("enter", i, "active", len(active), "locked", sem.locked())
            # sleep(0), not a timer: which of two 1 ms timers is due first
            # depends on the machine's load, in CPython too
            await asyncio.sleep(0)
            active.remove(i)
            print("leave", i)
    await asyncio.gather(*(limited(i) for i in range(5)))
    bs = asyncio.BoundedSemaphore(1)
    await bs.acquire()
    bs.release()
    try:
        bs.release()
    except ValueError as e:
        print("ValueError", e)
    try:
        asyncio.Semaphore(-1)
    except ValueError as e:
        print("ValueError", e)

    # Condition
    cond = asyncio.Condition()
    items = []
    async def cons(name):
        async with cond:
            await cond.wait_for(lambda: items)
            print(name, "took", items.pop())
    cs = [asyncio.create_task(cons("k%d" % i)) for i in range(2)]
    await asyncio.sleep(0)
    for v in "xy":
        async with cond:
            items.append(v)
            cond.notify()
        await asyncio.sleep(0)
    await asyncio.gather(*cs)
    try:
        cond.notify()
    except RuntimeError as e:
        print("RuntimeError", e)
    return "sync done"

print(asyncio.run(main()))
