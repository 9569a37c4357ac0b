"""queue for hotloop: FIFO, LIFO and priority queues (CPython 3.11's interface).

hotloop runs one thread, so nothing can ever fill or drain a queue while a
call waits on it. A call that would block without a timeout therefore
waits for ever, as it would in a one-threaded CPython program (Ctrl-C
ends it); one with a timeout sleeps that long and then raises Empty or
Full, as CPython does when no other thread acts. The storage and the
_init/_qsize/_put/_get hooks are CPython's, so subclasses that override
them keep working.
"""

import heapq
import time
from collections import deque

__all__ = ["Empty", "Full", "Queue", "PriorityQueue", "LifoQueue", "SimpleQueue"]


class Empty(Exception):
    "Exception raised by Queue.get(block=0)/get_nowait()."
    pass


class Full(Exception):
    "Exception raised by Queue.put(block=0)/put_nowait()."
    pass


def _wait_forever():
    # inside a thread started with threading, another thread could end
    # the wait under CPython: _thread._never raises there (docs/stdlib.md
    # "threading"); in the main thread it waits for ever
    import _thread
    _thread._never("queue operation")


def _cannot(block, timeout, exc):
    # A put or get that cannot go on now: raise exc at once (block false),
    # after the timeout, or wait for ever (nothing else can act).
    if not block:
        raise exc
    if timeout is None:
        _wait_forever()
    if timeout < 0:
        raise ValueError("'timeout' must be a non-negative number")
    time.sleep(timeout)
    raise exc


class Queue:
    """A FIFO queue; maxsize <= 0 means no bound."""

    def __init__(self, maxsize=0):
        self.maxsize = maxsize
        self._init(maxsize)
        self.unfinished_tasks = 0

    def task_done(self):
        """Marks one item taken by get() as processed (for join())."""
        unfinished = self.unfinished_tasks - 1
        if unfinished <= 0:
            if unfinished < 0:
                raise ValueError('task_done() called too many times')
        self.unfinished_tasks = unfinished

    def join(self):
        """Returns once every item put has been marked done."""
        if self.unfinished_tasks:
            _wait_forever()

    def qsize(self):
        """The number of items in the queue."""
        return self._qsize()

    def empty(self):
        """True if the queue holds no item."""
        return not self._qsize()

    def full(self):
        """True if the queue holds maxsize items (never when unbounded)."""
        return 0 < self.maxsize <= self._qsize()

    def put(self, item, block=True, timeout=None):
        """Puts item in the queue; raises Full when bounded and full."""
        if self.maxsize > 0 and self._qsize() >= self.maxsize:
            _cannot(block, timeout, Full)
        self._put(item)
        self.unfinished_tasks += 1

    def get(self, block=True, timeout=None):
        """Takes the next item; raises Empty when there is none."""
        if not self._qsize():
            _cannot(block, timeout, Empty)
        return self._get()

    def put_nowait(self, item):
        """put(item, block=False)."""
        return self.put(item, block=False)

    def get_nowait(self):
        """get(block=False)."""
        return self.get(block=False)

    def _init(self, maxsize):
        self.queue = deque()

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        self.queue.append(item)

    def _get(self):
        return self.queue.popleft()

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)


class PriorityQueue(Queue):
    """Items come out lowest first (a heap; items are usually tuples)."""

    def _init(self, maxsize):
        self.queue = []

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        heapq.heappush(self.queue, item)

    def _get(self):
        return heapq.heappop(self.queue)


class LifoQueue(Queue):
    """Items come out most recent first."""

    def _init(self, maxsize):
        self.queue = []

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        self.queue.append(item)

    def _get(self):
        return self.queue.pop()


class SimpleQueue:
    """An unbounded FIFO queue without task tracking."""

    def __init__(self):
        self._queue = deque()

    def put(self, item, block=True, timeout=None):
        """Puts item in the queue (never blocks)."""
        self._queue.append(item)

    def get(self, block=True, timeout=None):
        """Takes the next item; raises Empty when there is none."""
        if not self._queue:
            _cannot(block, timeout, Empty)
        return self._queue.popleft()

    def put_nowait(self, item):
        """put(item, block=False)."""
        return self.put(item, block=False)

    def get_nowait(self):
        """get(block=False)."""
        return self.get(block=False)

    def empty(self):
        """True if the queue holds no item."""
        return len(self._queue) == 0

    def qsize(self):
        """The number of items in the queue."""
        return len(self._queue)

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)


Empty.__module__ = "_queue"
SimpleQueue.__module__ = "_queue"
