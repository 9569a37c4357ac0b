"""Threads (hotloop's threading, with CPython 3.11's interface).

hotloop runs Python code in one thread. Thread.start() runs the thread's
run() to its end before it returns, with current_thread() naming the
thread meanwhile, so programs that start workers and join them (or use
concurrent.futures) print what they print under CPython when their
threads do not wait for each other. A wait that only another thread could
end (acquiring a held lock, an unset Event, a Condition, a Barrier of more
than one party) raises RuntimeError inside a started thread, and waits
for ever in the main thread (where every other thread has already
finished, as in a deadlocked CPython program); waits with a timeout sleep
for it and time out. docs/stdlib.md "threading" says why.
"""

import sys as _sys
import time as _time
import _thread
from collections import namedtuple as _namedtuple

__all__ = ['get_ident', 'active_count', 'Condition', 'current_thread',
           'enumerate', 'main_thread', 'TIMEOUT_MAX', 'Event', 'Lock',
           'RLock', 'Semaphore', 'BoundedSemaphore', 'Thread', 'Barrier',
           'BrokenBarrierError', 'Timer', 'ThreadError', 'ExceptHookArgs',
           'setprofile', 'settrace', 'local', 'stack_size', 'excepthook',
           'get_native_id', 'getprofile', 'gettrace']

get_ident = _thread.get_ident
get_native_id = _thread.get_native_id
ThreadError = _thread.error
TIMEOUT_MAX = _thread.TIMEOUT_MAX
Lock = _thread.allocate_lock
RLock = _thread.RLock
_never = _thread._never

_trace_hook = None
_profile_hook = None


def settrace(func):
    global _trace_hook
    _trace_hook = func


def gettrace():
    return _trace_hook


def setprofile(func):
    global _profile_hook
    _profile_hook = func


def getprofile():
    return _profile_hook


def stack_size(size=0):
    return _thread.stack_size(size)


class Condition:
    """Waiting for a change that another thread signals."""

    def __init__(self, lock=None):
        if lock is None:
            lock = RLock()
        self._lock = lock
        self.acquire = lock.acquire
        self.release = lock.release

    def __enter__(self):
        return self._lock.__enter__()

    def __exit__(self, *args):
        return self._lock.__exit__(*args)

    def __repr__(self):
        return "<Condition(%s, 0)>" % (self._lock,)

    def _is_owned(self):
        owned = getattr(self._lock, '_is_owned', None)
        if owned is not None:
            return owned()
        if self._lock.acquire(False):
            self._lock.release()
            return False
        return True

    def wait(self, timeout=None):
        if not self._is_owned():
            raise RuntimeError("cannot wait on un-acquired lock")
        if timeout is None:
            _never("Condition.wait")
        if timeout > 0:
            _time.sleep(timeout)
        return False

    def wait_for(self, predicate, timeout=None):
        end = None
        waittime = timeout
        result = predicate()
        while not result:
            if waittime is not None:
                if end is None:
                    end = _time.monotonic() + waittime
                else:
                    waittime = end - _time.monotonic()
                    if waittime <= 0:
                        break
            self.wait(waittime)
            result = predicate()
        return result

    def notify(self, n=1):
        if not self._is_owned():
            raise RuntimeError("cannot notify on un-acquired lock")

    def notify_all(self):
        self.notify()

    notifyAll = notify_all


class Semaphore:
    """A counter that acquire() decrements and release() increments."""

    def __init__(self, value=1):
        if value < 0:
            raise ValueError("semaphore initial value must be >= 0")
        self._value = value

    def __repr__(self):
        return "<%s.%s at %#x: value=%d>" % (self.__class__.__module__,
                                              self.__class__.__qualname__, id(self), self._value)

    def acquire(self, blocking=True, timeout=None):
        if not blocking and timeout is not None:
            raise ValueError("can't specify timeout for non-blocking acquire")
        if self._value > 0:
            self._value -= 1
            return True
        if not blocking:
            return False
        if timeout is None:
            _never("Semaphore.acquire")
        if timeout > 0:
            _time.sleep(timeout)
        return False

    __enter__ = acquire

    def release(self, n=1):
        if n < 1:
            raise ValueError('n must be one or more')
        self._value += n

    def __exit__(self, t, v, tb):
        self.release()


class BoundedSemaphore(Semaphore):
    """A Semaphore that may not be released above its initial value."""

    def __init__(self, value=1):
        Semaphore.__init__(self, value)
        self._initial_value = value

    def __repr__(self):
        return "<%s.%s at %#x: value=%d/%d>" % (
            self.__class__.__module__, self.__class__.__qualname__, id(self),
            self._value, self._initial_value)

    def release(self, n=1):
        if n < 1:
            raise ValueError('n must be one or more')
        if self._value + n > self._initial_value:
            raise ValueError("Semaphore released too many times")
        self._value += n


class Event:
    """A flag threads wait on."""

    def __init__(self):
        self._flag = False

    def __repr__(self):
        return "<%s.%s at %#x: %s>" % (self.__class__.__module__, self.__class__.__qualname__,
                                        id(self), 'set' if self._flag else 'unset')

    def is_set(self):
        return self._flag

    isSet = is_set

    def set(self):
        self._flag = True

    def clear(self):
        self._flag = False

    def wait(self, timeout=None):
        if self._flag:
            return True
        if timeout is None:
            _never("Event.wait")
        if timeout > 0:
            _time.sleep(timeout)
        return self._flag


class BrokenBarrierError(RuntimeError):
    pass


class Barrier:
    """parties threads wait until all have arrived."""

    def __init__(self, parties, action=None, timeout=None):
        if parties < 1:
            raise ValueError("parties must be > 0")
        self._parties = parties
        self._action = action
        self._timeout = timeout
        self._broken = False

    def wait(self, timeout=None):
        if self._broken:
            raise BrokenBarrierError
        if self._parties == 1:
            if self._action:
                self._action()
            return 0
        if timeout is None:
            timeout = self._timeout
        if timeout is None:
            _never("Barrier.wait")
        if timeout > 0:
            _time.sleep(timeout)
        self._broken = True
        raise BrokenBarrierError

    def reset(self):
        self._broken = False

    def abort(self):
        self._broken = True

    @property
    def parties(self):
        return self._parties

    @property
    def n_waiting(self):
        return 0

    @property
    def broken(self):
        return self._broken


_counter = [0]


def _newname(name_template="Thread-%d"):
    _counter[0] += 1
    return name_template % _counter[0]


_active = {}


class Thread:
    """A thread of control; here, run to its end by start()."""

    _initialized = False

    def __init__(self, group=None, target=None, name=None,
                 args=(), kwargs=None, *, daemon=None):
        assert group is None, "group argument must be None for now"
        if kwargs is None:
            kwargs = {}
        if name:
            name = str(name)
        else:
            name = _newname("Thread-%d")
            if target is not None:
                try:
                    name += " (%s)" % target.__name__
                except AttributeError:
                    pass
        self._target = target
        self._name = name
        self._args = args
        self._kwargs = kwargs
        if daemon is not None:
            self._daemonic = daemon
        else:
            self._daemonic = current_thread().daemon
        self._ident = None
        self._native_id = None
        self._started = False
        self._is_stopped = False
        self._initialized = True
        self._stderr = _sys.stderr
        self._invoke_excepthook = excepthook

    def __repr__(self):
        assert self._initialized, "Thread.__init__() was not called"
        status = "initial"
        if self._started:
            status = "started"
        if self._is_stopped:
            status = "stopped"
        if self._daemonic:
            status += " daemon"
        if self._ident is not None:
            status += " %s" % self._ident
        return "<%s(%s, %s)>" % (self.__class__.__name__, self._name, status)

    def start(self):
        if not self._initialized:
            raise RuntimeError("thread.__init__() not called")
        if self._started:
            raise RuntimeError("threads can only be started once")
        self._started = True
        self._ident = _thread._new_ident()
        self._native_id = self._ident
        _active[self._ident] = self
        try:
            _thread._run_as(self._ident, self._bootstrap_inner, (), {})
        finally:
            self._is_stopped = True
            del _active[self._ident]

    def _bootstrap_inner(self):
        try:
            self.run()
        except SystemExit:
            pass
        except BaseException:
            exc_type, exc_value, exc_tb = _sys.exc_info()
            excepthook(ExceptHookArgs((exc_type, exc_value, exc_tb, self)))

    def run(self):
        try:
            if self._target is not None:
                self._target(*self._args, **self._kwargs)
        finally:
            del self._target, self._args, self._kwargs

    def join(self, timeout=None):
        if not self._initialized:
            raise RuntimeError("Thread.__init__() not called")
        if not self._started:
            raise RuntimeError("cannot join thread before it is started")
        if self is current_thread():
            raise RuntimeError("cannot join current thread")
        if not self._is_stopped:
            _never("Thread.join")

    @property
    def name(self):
        assert self._initialized, "Thread.__init__() not called"
        return self._name

    @name.setter
    def name(self, name):
        assert self._initialized, "Thread.__init__() not called"
        self._name = str(name)

    @property
    def ident(self):
        assert self._initialized, "Thread.__init__() not called"
        return self._ident

    @property
    def native_id(self):
        assert self._initialized, "Thread.__init__() not called"
        return self._native_id

    def is_alive(self):
        assert self._initialized, "Thread.__init__() not called"
        return self._started and not self._is_stopped

    @property
    def daemon(self):
        assert self._initialized, "Thread.__init__() not called"
        return self._daemonic

    @daemon.setter
    def daemon(self, daemonic):
        if not self._initialized:
            raise RuntimeError("Thread.__init__() not called")
        if self._started:
            raise RuntimeError("cannot set daemon status of active thread")
        self._daemonic = daemonic

    def isDaemon(self):
        return self.daemon

    def setDaemon(self, daemonic):
        self.daemon = daemonic

    def getName(self):
        return self.name

    def setName(self, name):
        self.name = name


class _MainThread(Thread):

    def __init__(self):
        Thread.__init__(self, name="MainThread", daemon=False)
        self._started = True
        self._ident = _thread._MAIN_IDENT
        self._native_id = self._ident
        _active[self._ident] = self


class _DummyThread(Thread):
    def __init__(self):
        Thread.__init__(self, name=_newname("Dummy-%d"), daemon=True)
        self._started = True
        self._ident = get_ident()
        _active[self._ident] = self

    def is_alive(self):
        return True

    def join(self, timeout=None):
        assert False, "cannot join a dummy thread"


class Timer(Thread):
    """Calls function(*args, **kwargs) after interval seconds, unless
    cancelled first."""

    def __init__(self, interval, function, args=None, kwargs=None):
        Thread.__init__(self)
        self.interval = interval
        self.function = function
        self.args = args if args is not None else []
        self.kwargs = kwargs if kwargs is not None else {}
        self.finished = Event()

    def cancel(self):
        self.finished.set()

    def run(self):
        if not self.finished.is_set():
            if self.interval > 0:
                _time.sleep(self.interval)
            if not self.finished.is_set():
                self.function(*self.args, **self.kwargs)
        self.finished.set()


class _ExceptHookArgs(_namedtuple('_ExceptHookArgs', 'exc_type exc_value exc_traceback thread')):
    """The argument of excepthook; made from one 4-item sequence, as
    CPython's struct sequence is."""
    __slots__ = ()

    def __new__(cls, seq):
        return super().__new__(cls, *seq)


ExceptHookArgs = _ExceptHookArgs


def excepthook(args, /):
    """Report an exception a thread's run() raised, on sys.stderr."""
    if args.exc_type == SystemExit:
        return
    stderr = _sys.stderr
    if stderr is None:
        if args.thread is not None:
            stderr = args.thread._stderr
        if stderr is None:
            return
    if args.thread is not None:
        name = args.thread.name
    else:
        name = get_ident()
    print(f"Exception in thread {name}:", file=stderr, flush=True)
    import traceback
    traceback.print_exception(args.exc_type, args.exc_value, args.exc_traceback, file=stderr)
    stderr.flush()


__excepthook__ = excepthook


def current_thread():
    """The Thread object of the running thread."""
    try:
        return _active[get_ident()]
    except KeyError:
        return _DummyThread()


currentThread = current_thread


def active_count():
    return len(_active)


activeCount = active_count


def enumerate():
    """The threads alive now: the main thread and those running."""
    return list(_active.values())


_main_thread = _MainThread()


def main_thread():
    return _main_thread


class local:
    """Attributes with one value per thread."""

    def __new__(cls, /, *args, **kw):
        if (args or kw) and (cls.__init__ is object.__init__):
            raise TypeError("Initialization arguments are not supported")
        self = object.__new__(cls)
        object.__setattr__(self, '_local__per_thread', {})
        object.__setattr__(self, '_local__args', (args, kw))
        object.__setattr__(self, '_local__first', get_ident())
        return self

    def _local__dict(self):
        per = object.__getattribute__(self, '_local__per_thread')
        me = get_ident()
        d = per.get(me)
        if d is None:
            d = per[me] = {}
            if me != object.__getattribute__(self, '_local__first'):
                args, kw = object.__getattribute__(self, '_local__args')
                cls = type(self)
                if cls.__init__ is not object.__init__:
                    cls.__init__(self, *args, **kw)
        return d

    def __getattribute__(self, name):
        if name.startswith('_local__') or name == '__class__':
            return object.__getattribute__(self, name)
        d = local._local__dict(self)
        if name == '__dict__':
            return d
        if name in d:
            return d[name]
        return object.__getattribute__(self, name)

    def __setattr__(self, name, value):
        if name == '__dict__':
            raise AttributeError("%r object attribute '__dict__' is read-only"
                                 % self.__class__.__name__)
        local._local__dict(self)[name] = value

    def __delattr__(self, name):
        if name == '__dict__':
            raise AttributeError("%r object attribute '__dict__' is read-only"
                                 % self.__class__.__name__)
        d = local._local__dict(self)
        try:
            del d[name]
        except KeyError:
            raise AttributeError(name) from None
