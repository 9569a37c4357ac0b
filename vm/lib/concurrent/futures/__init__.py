"""Futures and executors (hotloop's concurrent.futures, with CPython
3.11's interface).

hotloop runs one thread of Python code, so an executor runs each
submitted call at once, in submit() (inside a thread named as the pool's
first worker would be), and hands back a finished Future. Results,
exceptions, map() order and callbacks are what CPython gives; only the
timing differs (as_completed yields in submission order here, an order
CPython may also produce). ProcessPoolExecutor runs calls the same way,
in this process.
"""

from ._base import (FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED,
                    CancelledError, TimeoutError, InvalidStateError,
                    BrokenExecutor, Future, Executor, wait, as_completed)
from .thread import ThreadPoolExecutor
from .process import ProcessPoolExecutor

__all__ = ('FIRST_COMPLETED', 'FIRST_EXCEPTION', 'ALL_COMPLETED',
           'CancelledError', 'TimeoutError', 'BrokenExecutor', 'Future',
           'Executor', 'wait', 'as_completed', 'ProcessPoolExecutor',
           'ThreadPoolExecutor')


def __dir__():
    return __all__ + ('__author__', '__doc__')
