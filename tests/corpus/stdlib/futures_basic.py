# concurrent.futures: executors' submit and map, results and exceptions,
# callbacks, wait and as_completed on finished futures, shutdown.
import concurrent.futures as cf
import threading


def square(x):
    return x * x


def boom(x):
    raise KeyError(x)


with cf.ThreadPoolExecutor(max_workers=4) as ex:
    print(list(ex.map(square, range(10))))
    print(list(ex.map(pow, [2, 3, 4], [5, 6, 7])))
    f = ex.submit(square, 12)
    print(f.result(), f.done(), f.running(), f.cancelled(), f.exception(), f.cancel())
    g = ex.submit(boom, "k")
    print(type(g.exception()).__name__, g.exception(), g.done())
    try:
        g.result()
    except KeyError as e:
        print("KeyError", e)
    names = ex.submit(lambda: threading.current_thread().name).result()
    print(names.startswith("ThreadPoolExecutor-"))
    seen = []
    f.add_done_callback(lambda fut: seen.append(fut.result()))
    print(seen)
    futures = [ex.submit(square, i) for i in range(5)]
    done, not_done = cf.wait(futures)
    print(sorted(x.result() for x in done), not_done)
    print(sorted(x.result() for x in cf.as_completed(futures)))
    it = ex.map(boom, [1, 2])
    try:
        next(it)
    except KeyError as e:
        print("map raised KeyError", e)
try:
    ex.submit(square, 1)
except RuntimeError as e:
    print(type(e).__name__, e)

with cf.ThreadPoolExecutor(thread_name_prefix="worker") as ex:
    print(ex.submit(lambda: threading.current_thread().name).result())

with cf.ProcessPoolExecutor(max_workers=2) as ex:
    print(sum(ex.map(square, range(100))), ex.submit(divmod, 17, 5).result())
    try:
        list(ex.map(square, [1], chunksize=0))
    except ValueError as e:
        print(type(e).__name__, e)

for bad in (0, -1):
    try:
        cf.ThreadPoolExecutor(max_workers=bad)
    except ValueError as e:
        print(type(e).__name__, e)

fut = cf.Future()
print(fut.done(), fut.set_running_or_notify_cancel(), fut.running())
fut.set_result(5)
print(fut.result(), repr(fut).endswith("state=finished returned int>"))
try:
    fut.set_result(6)
except cf.InvalidStateError as e:
    print(type(e).__name__, str(e).startswith("FINISHED: <Future at"))
c = cf.Future()
print(c.cancel(), c.cancelled(), c.done())
try:
    c.result()
except cf.CancelledError as e:
    print("CancelledError", repr(e))
try:
    cf.Future().result(timeout=0.01)
except TimeoutError as e:
    print("TimeoutError", cf.TimeoutError is TimeoutError)
print(cf.FIRST_COMPLETED, cf.ALL_COMPLETED, cf.FIRST_EXCEPTION)
