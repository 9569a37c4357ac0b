"""The low-level thread primitives (hotloop's _thread).

hotloop runs one thread of Python code at a time and runs a started
thread to its end at once (docs/stdlib.md "threading"), so a lock is a
flag: acquiring a held lock can only succeed if some other thread
releases it, and none can run meanwhile. Such an acquire therefore raises
RuntimeError inside a started thread (under CPython another thread might
have released it) and, in the main thread, waits for ever as a
deadlocked CPython program does (every other thread has finished).
"""

import time

error = RuntimeError
TIMEOUT_MAX = 9223372036.0

_MAIN_IDENT = 1
_next_ident = [_MAIN_IDENT + 1]
# idents of the threads running now, outermost (the main thread) first
_running = [_MAIN_IDENT]


def get_ident():
    """The ident of the running thread."""
    return _running[-1]


def get_native_id():
    return _running[-1]


def _count():
    return len(_running) - 1


def _new_ident():
    ident = _next_ident[0]
    _next_ident[0] += 1
    return ident


def _run_as(ident, function, args, kwargs):
    _running.append(ident)
    try:
        return function(*args, **kwargs)
    finally:
        _running.pop()


def _never(what):
    # a wait that nothing can end: see the module's doc
    if len(_running) > 1:
        raise RuntimeError("hotloop runs threads one at a time: this %s could "
                           "only end by another thread's action" % what)
    while True:
        time.sleep(3600)


def _check_timeout(blocking, timeout):
    if not blocking and timeout != -1:
        raise ValueError("can't specify a timeout for a non-blocking call")
    if timeout < 0 and timeout != -1:
        raise ValueError("timeout value must be positive")
    if timeout > TIMEOUT_MAX:
        raise OverflowError("timeout value is too large")


class lock:
    """A lock: acquired by one thread at a time, released by any."""

    def __init__(self):
        self._locked = False

    def acquire(self, blocking=True, timeout=-1):
        _check_timeout(blocking, timeout)
        if not self._locked:
            self._locked = True
            return True
        if not blocking:
            return False
        if timeout != -1:
            time.sleep(timeout)
            return False
        _never("lock acquire")

    def release(self):
        if not self._locked:
            raise RuntimeError("release unlocked lock")
        self._locked = False

    def locked(self):
        return self._locked

    def _at_fork_reinit(self):
        self._locked = False

    acquire_lock = acquire
    release_lock = release
    locked_lock = locked

    def __enter__(self):
        return self.acquire()

    def __exit__(self, *args):
        self.release()

    def __repr__(self):
        return "<%s _thread.lock object at %#x>" % (
            "locked" if self._locked else "unlocked", id(self))


LockType = lock


def allocate_lock():
    return lock()


allocate = allocate_lock


class RLock:
    """A lock its owner may acquire again; released as often as acquired."""

    def __init__(self):
        self._owner = 0
        self._count = 0

    def acquire(self, blocking=True, timeout=-1):
        _check_timeout(blocking, timeout)
        me = get_ident()
        if self._count and self._owner == me:
            self._count += 1
            return True
        if not self._count:
            self._owner = me
            self._count = 1
            return True
        if not blocking:
            return False
        if timeout != -1:
            time.sleep(timeout)
            return False
        _never("lock acquire")

    def release(self):
        if not self._count or self._owner != get_ident():
            raise RuntimeError("cannot release un-acquired lock")
        self._count -= 1
        if not self._count:
            self._owner = 0

    def _is_owned(self):
        return bool(self._count) and self._owner == get_ident()

    def _release_save(self):
        if not self._count:
            raise RuntimeError("cannot release un-acquired lock")
        state = (self._count, self._owner)
        self._count = 0
        self._owner = 0
        return state

    def _acquire_restore(self, state):
        self._count, self._owner = state

    def __enter__(self):
        return self.acquire()

    def __exit__(self, *args):
        self.release()

    def __repr__(self):
        return "<%s _thread.RLock object owner=%d count=%d at %#x>" % (
            "locked" if self._count else "unlocked", self._owner, self._count, id(self))


def start_new_thread(function, args, kwargs=None):
    """Run function(*args, **kwargs) as a new thread (to its end, now);
    its ident is returned. An exception other than SystemExit is reported
    as an unraisable one."""
    if not isinstance(args, tuple):
        raise TypeError("2nd arg must be a tuple")
    if kwargs is not None and not isinstance(kwargs, dict):
        raise TypeError("optional 3rd arg must be a dictionary")
    ident = _new_ident()
    try:
        _run_as(ident, function, args, kwargs or {})
    except SystemExit:
        pass
    except BaseException as exc:
        import sys
        import traceback
        print("Exception ignored in thread started by: %r" % (function,), file=sys.stderr)
        traceback.print_exception(exc, file=sys.stderr)
    return ident


def stack_size(size=0):
    if size != 0 and size < 32768:
        raise ValueError("size not valid: %d bytes" % size)
    return 0


def interrupt_main(signum=2):
    raise KeyboardInterrupt
