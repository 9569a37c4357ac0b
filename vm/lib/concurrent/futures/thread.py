"""ThreadPoolExecutor: each submitted call runs at once, in a thread
named as the pool's first worker ('ThreadPoolExecutor-N_0')."""

import itertools
import os
import threading
import _thread

from . import _base


class BrokenThreadPool(_base.BrokenExecutor):
    """A worker's initializer failed."""


_pool_numbers = itertools.count()


class ThreadPoolExecutor(_base.Executor):

    _counter = _pool_numbers

    def __init__(self, max_workers=None, thread_name_prefix='',
                 initializer=None, initargs=()):
        if max_workers is None:
            max_workers = min(32, (os.cpu_count() or 1) + 4)
        if max_workers <= 0:
            raise ValueError("max_workers must be greater than 0")
        if initializer is not None and not callable(initializer):
            raise TypeError("initializer must be a callable")
        self._max_workers = max_workers
        self._shutdown = False
        self._broken = False
        self._thread_name_prefix = (thread_name_prefix or
                                    ("ThreadPoolExecutor-%d" % next(self._counter)))
        self._initializer = initializer
        self._initargs = initargs
        self._worker = None

    def _run(self, future, fn, args, kwargs):
        if not future.set_running_or_notify_cancel():
            return
        try:
            result = fn(*args, **kwargs)
        except BaseException as exc:
            future.set_exception(exc)
            self = None
        else:
            future.set_result(result)

    def _start_worker(self):
        name = '%s_%d' % (self._thread_name_prefix, 0)
        self._worker = threading.Thread(name=name, daemon=False)
        self._worker._started = True
        self._worker._ident = _thread._new_ident()
        threading._active[self._worker._ident] = self._worker
        if self._initializer is not None:
            try:
                _thread._run_as(self._worker._ident, self._initializer, self._initargs, {})
            except BaseException:
                _base.LOGGER.critical('Exception in initializer:', exc_info=True)
                self._broken = ('A thread initializer failed, the thread pool '
                                'is not usable anymore')

    def submit(self, fn, /, *args, **kwargs):
        if self._broken:
            raise BrokenThreadPool(self._broken)
        if self._shutdown:
            raise RuntimeError('cannot schedule new futures after shutdown')
        if self._worker is None:
            self._start_worker()
            if self._broken:
                raise BrokenThreadPool(self._broken)
        f = _base.Future()
        _thread._run_as(self._worker._ident, self._run, (f, fn, args, kwargs), {})
        return f

    submit.__doc__ = _base.Executor.submit.__doc__

    def shutdown(self, wait=True, *, cancel_futures=False):
        self._shutdown = True
        if self._worker is not None and not self._worker._is_stopped:
            self._worker._is_stopped = True
            threading._active.pop(self._worker._ident, None)
