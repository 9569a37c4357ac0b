"""asyncio for hotloop: the part of CPython 3.11's asyncio that scripts
use, on a one-thread event loop with timers and no I/O (docs/stdlib.md,
"asyncio"). Written for hotloop after CPython's documented semantics;
the order in which callbacks and tasks run is CPython's.
"""

from .coroutines import iscoroutine, iscoroutinefunction
from .events import (AbstractEventLoop, AbstractEventLoopPolicy, BaseEventLoop,
                     DefaultEventLoopPolicy, Handle, SelectorEventLoop,
                     TimerHandle, _get_running_loop, _set_running_loop,
                     get_event_loop, get_event_loop_policy, get_running_loop,
                     new_event_loop, set_event_loop, set_event_loop_policy)
from .exceptions import (BrokenBarrierError, CancelledError, IncompleteReadError,
                         InvalidStateError, LimitOverrunError,
                         SendfileNotAvailableError, TimeoutError)
from .futures import Future, isfuture, wrap_future
from .locks import BoundedSemaphore, Condition, Event, Lock, Semaphore
from .queues import LifoQueue, PriorityQueue, Queue, QueueEmpty, QueueFull
from .runners import Runner, run
from .taskgroups import TaskGroup
from .timeouts import Timeout, timeout, timeout_at
from .tasks import (ALL_COMPLETED, FIRST_COMPLETED, FIRST_EXCEPTION, Task,
                    _enter_task, _leave_task, _register_task, _unregister_task,
                    all_tasks, as_completed, create_task, current_task,
                    ensure_future, gather, shield, sleep, to_thread, wait,
                    wait_for)

__all__ = ('BaseEventLoop', 'iscoroutinefunction', 'iscoroutine',
           'AbstractEventLoopPolicy', 'AbstractEventLoop', 'Handle', 'TimerHandle',
           'get_event_loop_policy', 'set_event_loop_policy', 'get_event_loop',
           'set_event_loop', 'new_event_loop', 'get_running_loop',
           'BrokenBarrierError', 'CancelledError', 'InvalidStateError',
           'TimeoutError', 'IncompleteReadError', 'LimitOverrunError',
           'SendfileNotAvailableError', 'Future', 'wrap_future', 'isfuture',
           'Lock', 'Event', 'Condition', 'Semaphore', 'BoundedSemaphore',
           'Runner', 'run', 'Queue', 'PriorityQueue', 'LifoQueue', 'QueueFull',
           'QueueEmpty', 'Task', 'create_task', 'FIRST_COMPLETED',
           'FIRST_EXCEPTION', 'ALL_COMPLETED', 'wait', 'wait_for',
           'as_completed', 'sleep', 'gather', 'shield', 'ensure_future',
           'current_task', 'all_tasks', 'SelectorEventLoop',
           'DefaultEventLoopPolicy', 'TaskGroup', 'Timeout', 'timeout',
           'timeout_at', 'to_thread')
