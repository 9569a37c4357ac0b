"""asyncio.events for hotloop: callback handles and the event loop.

One thread and no I/O: the loop is a FIFO ready queue of handles and a
heap of timers. Each iteration (_run_once, as CPython's BaseEventLoop)
drops cancelled timers from the heap's top, sleeps until the first timer
when nothing is ready (time.sleep stands for the selector's wait), moves
every due timer to the ready queue, then runs exactly the handles that
were ready when the iteration began; callbacks they schedule run in the
next iteration. That is what fixes the order in which tasks run and
print, so it follows CPython's loop step for step.
"""

import heapq
import sys
import _asyncgen
import time as _time
from collections import deque

from _hotloop import hide_frame as _hide_frame

__all__ = ('AbstractEventLoopPolicy', 'AbstractEventLoop', 'Handle', 'TimerHandle',
           'get_event_loop_policy', 'set_event_loop_policy', 'get_event_loop',
           'set_event_loop', 'new_event_loop', 'get_running_loop',
           '_set_running_loop', '_get_running_loop', 'BaseEventLoop')


def _callback_repr(cb, args):
    """cb(args) as CPython's format_helpers writes it, with the source
    location of a Python function."""
    name = getattr(cb, '__qualname__', None) or getattr(cb, '__name__', None) or repr(cb)
    text = '%s(%s)' % (name, ', '.join(repr(a) for a in args))
    code = getattr(cb, '__code__', None)
    if code is not None:
        text += ' at %s:%s' % (code.co_filename, code.co_firstlineno)
    return text


class Handle:
    """A callback registered with call_soon."""

    __slots__ = ('_callback', '_args', '_cancelled', '_loop', '_context', '__weakref__')

    def __init__(self, callback, args, loop, context=None):
        self._loop = loop
        self._callback = callback
        self._args = args
        self._cancelled = False
        self._context = context

    def __repr__(self):
        info = [type(self).__name__]
        if self._cancelled:
            info.append('cancelled')
        if self._callback is not None:
            info.append(_callback_repr(self._callback, self._args))
        return '<%s>' % ' '.join(info)

    def cancel(self):
        if not self._cancelled:
            self._cancelled = True
            self._callback = None
            self._args = None

    def cancelled(self):
        return self._cancelled

    def _run(self):
        try:
            self._callback(*self._args)
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            self._loop.call_exception_handler({
                'message': 'Exception in callback ' + _callback_repr(self._callback, self._args),
                'exception': exc,
                'handle': self,
            })


class TimerHandle(Handle):
    """A callback registered with call_later or call_at."""

    __slots__ = ('_scheduled', '_when', '_seq')

    def __init__(self, when, callback, args, loop, context=None, seq=0):
        super().__init__(callback, args, loop, context)
        self._when = when
        self._seq = seq
        self._scheduled = False

    def __repr__(self):
        info = [type(self).__name__]
        if self._cancelled:
            info.append('cancelled')
        info.append('when=%s' % self._when)
        if self._callback is not None:
            info.append(_callback_repr(self._callback, self._args))
        return '<%s>' % ' '.join(info)

    def __lt__(self, other):
        if self._when != other._when:
            return self._when < other._when
        return self._seq < other._seq

    def __le__(self, other):
        return self == other or self < other

    def __gt__(self, other):
        return other < self

    def __ge__(self, other):
        return self == other or other < self

    def cancel(self):
        if not self._cancelled:
            self._loop._timer_handle_cancelled(self)
        super().cancel()

    def when(self):
        return self._when


class AbstractEventLoop:
    """The interface of event loops."""


class BaseEventLoop(AbstractEventLoop):
    """hotloop's event loop (one thread, timers, no I/O)."""

    def __init__(self):
        self._ready = deque()
        self._scheduled = []
        self._timer_seq = 0
        self._stopping = False
        self._closed = False
        self._running = False
        self._exception_handler = None
        self._debug = False
        self._task_factory = None
        self._clock_resolution = 1e-09
        self._asyncgens = {}  # async generators iterated here, in order
        self._asyncgens_prune_at = 64
        self._asyncgens_shutdown_called = False

    def __repr__(self):
        return '<%s running=%s closed=%s debug=%s>' % (
            type(self).__name__, self.is_running(), self.is_closed(), self.get_debug())

    # ---- running ----

    def time(self):
        return _time.monotonic()

    def is_running(self):
        return self._running

    def is_closed(self):
        return self._closed

    def get_debug(self):
        return self._debug

    def set_debug(self, enabled):
        self._debug = enabled

    def _check_closed(self):
        if self._closed:
            raise RuntimeError('Event loop is closed')

    def _check_running(self):
        if self.is_running():
            raise RuntimeError('This event loop is already running')
        if _get_running_loop() is not None:
            raise RuntimeError('Cannot run the event loop while another loop is running')

    def run_forever(self):
        """Runs callbacks until stop() is called."""
        self._check_closed()
        self._check_running()
        global _running_loop
        old = _running_loop
        self._running = True
        _running_loop = self
        old_hook = _asyncgen.set_firstiter(self._asyncgen_firstiter_hook)
        try:
            while True:
                self._run_once()
                if self._stopping:
                    break
        finally:
            self._stopping = False
            self._running = False
            _running_loop = old
            _asyncgen.set_firstiter(old_hook)

    def run_until_complete(self, future):
        """Runs until future (a coroutine is wrapped in a Task) is done."""
        from . import futures, tasks
        self._check_closed()
        self._check_running()
        new_task = not futures.isfuture(future)
        future = tasks.ensure_future(future, loop=self)
        future.add_done_callback(_run_until_complete_cb)
        try:
            self.run_forever()
        except BaseException:
            if new_task and future.done() and not future.cancelled():
                future.exception()
            raise
        finally:
            future.remove_done_callback(_run_until_complete_cb)
        if not future.done():
            raise RuntimeError('Event loop stopped before Future completed.')
        return future.result()

    def stop(self):
        self._stopping = True

    def close(self):
        if self.is_running():
            raise RuntimeError("Cannot close a running event loop")
        if self._closed:
            return
        self._closed = True
        self._ready.clear()
        self._scheduled.clear()

    def _asyncgen_firstiter_hook(self, agen):
        # Called (possibly more than once) when agen is about to be
        # iterated; shutdown_asyncgens closes those left unfinished.
        self._asyncgens[agen] = None
        if len(self._asyncgens) > self._asyncgens_prune_at:
            alive = {ag: None for ag in self._asyncgens if not _asyncgen.finished(ag)}
            self._asyncgens = alive
            self._asyncgens_prune_at = 2 * len(alive) + 64

    async def shutdown_asyncgens(self):
        """Closes (aclose) the async generators that were iterated in this
        loop and have not finished. hotloop has no finalizers, so this is
        also where a generator left by `break` gets closed."""
        from . import tasks
        self._asyncgens_shutdown_called = True
        closing = [ag for ag in self._asyncgens if not _asyncgen.finished(ag)]
        self._asyncgens.clear()
        if not closing:
            return
        results = await tasks.gather(*[ag.aclose() for ag in closing], return_exceptions=True)
        for result, agen in zip(results, closing):
            if isinstance(result, Exception):
                self.call_exception_handler({
                    'message': f'an error occurred during closing of asynchronous generator {agen!r}',
                    'exception': result,
                    'asyncgen': agen,
                })

    async def shutdown_default_executor(self):
        pass

    def _run_once(self):
        scheduled = self._scheduled
        while scheduled and scheduled[0]._cancelled:
            heapq.heappop(scheduled)._scheduled = False
        if not self._ready and not self._stopping and scheduled:
            gap = scheduled[0]._when - self.time()
            if gap > 0:
                _time.sleep(gap)
        end_time = self.time() + self._clock_resolution
        while scheduled:
            handle = scheduled[0]
            if handle._when >= end_time:
                break
            heapq.heappop(scheduled)
            handle._scheduled = False
            self._ready.append(handle)
        ready = self._ready
        for _ in range(len(ready)):
            handle = ready.popleft()
            if not handle._cancelled:
                handle._run()

    # ---- scheduling ----

    def call_soon(self, callback, *args, context=None):
        """Runs callback(*args) at the next iteration, in FIFO order."""
        self._check_closed()
        if not callable(callback):
            raise TypeError('a callable object was expected by call_soon(), got %r' % (callback,))
        handle = Handle(callback, args, self, context)
        self._ready.append(handle)
        return handle

    def call_soon_threadsafe(self, callback, *args, context=None):
        return self.call_soon(callback, *args, context=context)

    def call_later(self, delay, callback, *args, context=None):
        """Runs callback(*args) delay seconds from now."""
        if delay is None:
            raise TypeError('delay must not be None')
        return self.call_at(self.time() + delay, callback, *args, context=context)

    def call_at(self, when, callback, *args, context=None):
        """Runs callback(*args) at loop time when."""
        if when is None:
            raise TypeError("when cannot be None")
        self._check_closed()
        if not callable(callback):
            raise TypeError('a callable object was expected by call_at(), got %r' % (callback,))
        self._timer_seq += 1
        timer = TimerHandle(when, callback, args, self, context, self._timer_seq)
        heapq.heappush(self._scheduled, timer)
        timer._scheduled = True
        return timer

    def _timer_handle_cancelled(self, handle):
        pass

    # ---- futures and tasks ----

    def create_future(self):
        from .futures import Future
        return Future(loop=self)

    def create_task(self, coro, *, name=None, context=None):
        """Wraps coroutine coro in a Task scheduled on this loop."""
        self._check_closed()
        if self._task_factory is None:
            from .tasks import Task
            task = Task(coro, loop=self, name=name, context=context)
        else:
            task = self._task_factory(self, coro)
            if name is not None:
                task.set_name(name)
        return task

    def run_in_executor(self, executor, func, *args):
        """Runs func(*args) and returns a future of its result. hotloop
        has one thread, so func runs at once, blocking the loop; the
        future is already done when it is returned."""
        self._check_closed()
        if not callable(func):
            raise TypeError('func must be callable')
        fut = self.create_future()
        try:
            fut.set_result(func(*args))
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            fut.set_exception(exc)
        return fut

    def set_default_executor(self, executor):
        pass

    def set_task_factory(self, factory):
        if factory is not None and not callable(factory):
            raise TypeError('task factory must be a callable or None')
        self._task_factory = factory

    def get_task_factory(self):
        return self._task_factory

    # ---- errors ----

    def get_exception_handler(self):
        return self._exception_handler

    def set_exception_handler(self, handler):
        if handler is not None and not callable(handler):
            raise TypeError(f'A callable object or None is expected, got {handler!r}')
        self._exception_handler = handler

    def default_exception_handler(self, context):
        """Prints the context to stderr, as CPython's logger does."""
        message = context.get('message') or 'Unhandled exception in event loop'
        lines = [message]
        for key in sorted(context):
            if key in ('message', 'exception'):
                continue
            lines.append('%s: %r' % (key, context[key]))
        sys.stdout.flush()
        print('\n'.join(lines), file=sys.stderr)
        exc = context.get('exception')
        if exc is not None:
            import traceback
            traceback.print_exception(exc, file=sys.stderr)

    def call_exception_handler(self, context):
        if self._exception_handler is None:
            self.default_exception_handler(context)
        else:
            try:
                self._exception_handler(self, context)
            except (SystemExit, KeyboardInterrupt):
                raise
            except BaseException as exc:
                self.default_exception_handler({
                    'message': 'Unhandled error in exception handler',
                    'exception': exc,
                    'context': context,
                })


class _UnixSelectorEventLoop(BaseEventLoop):
    """The loop new_event_loop() makes (CPython's class name)."""

    __module__ = 'asyncio.unix_events'


SelectorEventLoop = _UnixSelectorEventLoop


def _run_until_complete_cb(fut):
    if not fut.cancelled():
        exc = fut.exception()
        if isinstance(exc, (SystemExit, KeyboardInterrupt)):
            return
    fut.get_loop().stop()


_running_loop = None


@_hide_frame
def get_running_loop():
    """The running event loop; RuntimeError when none runs."""
    if _running_loop is None:
        raise RuntimeError('no running event loop')
    return _running_loop


@_hide_frame
def _get_running_loop():
    return _running_loop


@_hide_frame
def _set_running_loop(loop):
    global _running_loop
    _running_loop = loop


@_hide_frame
def get_event_loop():
    """The running loop, else the policy's current loop."""
    if _running_loop is not None:
        return _running_loop
    return _policy.get_event_loop()


@_hide_frame
def set_event_loop(loop):
    _policy.set_event_loop(loop)


@_hide_frame
def new_event_loop():
    return _policy.new_event_loop()


class AbstractEventLoopPolicy:
    """The interface of event loop policies."""


class DefaultEventLoopPolicy(AbstractEventLoopPolicy):
    """Holds the current loop of the (only) thread. As CPython's, it makes
    one on the first get_event_loop() unless set_event_loop() was called
    before (asyncio.run calls it)."""

    def __init__(self):
        self._loop = None
        self._set_called = False

    def get_event_loop(self):
        if self._loop is None and not self._set_called:
            self.set_event_loop(self.new_event_loop())
        if self._loop is None:
            raise RuntimeError("There is no current event loop in thread 'MainThread'.")
        return self._loop

    def set_event_loop(self, loop):
        self._set_called = True
        if loop is not None and not isinstance(loop, AbstractEventLoop):
            raise TypeError(f"loop must be an instance of AbstractEventLoop or None, not '{type(loop).__name__}'")
        self._loop = loop

    def new_event_loop(self):
        return _UnixSelectorEventLoop()


_policy = DefaultEventLoopPolicy()


def get_event_loop_policy():
    return _policy


def set_event_loop_policy(policy):
    global _policy
    _policy = policy if policy is not None else DefaultEventLoopPolicy()
