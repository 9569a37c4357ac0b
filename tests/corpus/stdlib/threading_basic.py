# threading: threads started and joined, names, current_thread inside a
# thread, locks and their errors, semaphores, events with timeouts,
# thread-local data, Timer, and an exception in a thread.
import threading
import _thread

results = []
lock = threading.Lock()


def work(n, out):
    total = 0
    for i in range(n):
        total += i * i
    with lock:
        out.append((threading.current_thread().name, n, total))


threads = [threading.Thread(target=work, args=(k * 100, results)) for k in range(1, 5)]
for t in threads:
    print(t.name, t.is_alive(), t.daemon)
    t.start()
for t in threads:
    t.join()
    print(t.is_alive())
print(sorted(results))
named = threading.Thread(target=work, name="custom", args=(3, results), daemon=True)
print(named.name, named.daemon, repr(named))
named.start()
named.join()
print(results[-1], repr(named).startswith("<Thread(custom, stopped daemon"))
print(threading.current_thread().name, threading.main_thread() is threading.current_thread(),
      threading.active_count(), [t.name for t in threading.enumerate()])

for make, name in ((lambda: named.start(), "start twice"),
                   (lambda: threading.Thread(target=print).join(), "join before start"),
                   (lambda: threading.current_thread().join(), "join self"),
                   (lambda: threading.Lock().release(), "release unlocked"),
                   (lambda: threading.RLock().release(), "release rlock"),
                   (lambda: threading.Lock().acquire(False, 1), "nonblocking timeout"),
                   (lambda: threading.Lock().acquire(True, -5), "negative timeout"),
                   (lambda: threading.Semaphore(-1), "negative semaphore"),
                   (lambda: threading.Condition().wait(0), "wait unowned"),
                   (lambda: threading.Condition().notify(), "notify unowned")):
    try:
        make()
    except (RuntimeError, ValueError) as e:
        print(name, type(e).__name__, e)

lk = threading.Lock()
print(lk.acquire(), lk.locked(), lk.acquire(False), lk.acquire(timeout=0.01))
lk.release()
print(lk.locked(), type(lk).__name__, type(lk).__module__, lk is not threading.Lock())
rl = threading.RLock()
print(rl.acquire(), rl.acquire(), rl._is_owned())
rl.release()
rl.release()
print(rl._is_owned())
with rl:
    with rl:
        print("nested rlock")

sem = threading.BoundedSemaphore(2)
print(sem.acquire(), sem.acquire(), sem.acquire(blocking=False), sem.acquire(timeout=0.01))
sem.release()
sem.release()
try:
    sem.release()
except ValueError as e:
    print(type(e).__name__, e)
s2 = threading.Semaphore(0)
s2.release(3)
print(s2.acquire(), s2._value)

ev = threading.Event()
print(ev.is_set(), ev.wait(0.01))
ev.set()
print(ev.is_set(), ev.wait(), ev.wait(5))
ev.clear()
print(ev.is_set())

cond = threading.Condition()
with cond:
    print(cond.wait(0.01), cond.wait_for(lambda: True), cond.wait_for(lambda: False, 0.01))
    cond.notify_all()

loc = threading.local()
loc.value = "main"


def show_local():
    loc.value = "thread"
    print("inside", loc.value)


t = threading.Thread(target=show_local)
t.start()
t.join()
print("after", loc.value)


class Counter(threading.Thread):
    def __init__(self, n):
        super().__init__(name="counter-%d" % n)
        self.n = n
        self.result = None

    def run(self):
        self.result = sum(range(self.n))


cs = [Counter(n) for n in (10, 20)]
for c in cs:
    c.start()
for c in cs:
    c.join()
print([(c.name, c.result) for c in cs])

fired = []
tm = threading.Timer(0.01, fired.append, args=["timer"])
tm.start()
tm.join()
print(fired)
tm2 = threading.Timer(0.01, fired.append, args=["never"])
tm2.cancel()
tm2.start()
print(fired)

b = threading.Barrier(1, action=lambda: print("barrier action"))
print(b.wait(), b.parties, b.n_waiting, b.broken)
print(_thread.get_ident() == threading.get_ident(), threading.TIMEOUT_MAX)


def fails():
    raise ValueError("thread failure")


threading.excepthook = lambda args: print("hook:", args.exc_type.__name__, args.exc_value,
                                          args.thread.name, type(args).__name__)
bad = threading.Thread(target=fails, name="failing")
bad.start()
bad.join()
print("main goes on", bad.is_alive())
