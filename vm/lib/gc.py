"""The gc module's interface (hotloop's own): hotloop's collector runs by
itself over the heap in linear memory, so collect() has nothing to report
and returns 0, and enable/disable only record a flag (docs/stdlib.md).
"""

__all__ = ['collect', 'enable', 'disable', 'isenabled', 'get_count',
           'get_threshold', 'set_threshold', 'get_objects', 'garbage',
           'callbacks', 'freeze', 'unfreeze', 'get_freeze_count',
           'is_tracked', 'get_stats', 'get_referrers', 'get_referents',
           'DEBUG_STATS', 'DEBUG_COLLECTABLE', 'DEBUG_UNCOLLECTABLE',
           'DEBUG_SAVEALL', 'DEBUG_LEAK', 'set_debug', 'get_debug']

DEBUG_STATS = 1
DEBUG_COLLECTABLE = 2
DEBUG_UNCOLLECTABLE = 4
DEBUG_SAVEALL = 32
DEBUG_LEAK = 38

garbage = []
callbacks = []
_state = {'enabled': True, 'threshold': (700, 10, 10), 'debug': 0}


def collect(generation=2):
    """Run a collection: returns the number of unreachable objects found,
    always 0 here (the heap's collector is not driven from Python)."""
    if not isinstance(generation, int):
        raise TypeError("'%s' object cannot be interpreted as an integer"
                        % type(generation).__name__)
    if generation < 0 or generation > 2:
        raise ValueError('invalid generation')
    return 0


def enable():
    _state['enabled'] = True


def disable():
    _state['enabled'] = False


def isenabled():
    return _state['enabled']


def get_count():
    return (0, 0, 0)


def get_threshold():
    return _state['threshold']


def set_threshold(threshold0, threshold1=None, threshold2=None):
    t = list(_state['threshold'])
    t[0] = threshold0
    if threshold1 is not None:
        t[1] = threshold1
    if threshold2 is not None:
        t[2] = threshold2
    _state['threshold'] = tuple(t)


def set_debug(flags):
    _state['debug'] = flags


def get_debug():
    return _state['debug']


def get_objects(generation=None):
    return []


def get_stats():
    return [{'collections': 0, 'collected': 0, 'uncollectable': 0} for _ in range(3)]


def get_referrers(*objs):
    return []


def get_referents(*objs):
    return []


def is_tracked(obj):
    return not isinstance(obj, (int, float, str, bytes, bool, type(None)))


def freeze():
    pass


def unfreeze():
    pass


def get_freeze_count():
    return 0
