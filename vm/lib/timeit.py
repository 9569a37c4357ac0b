"""timeit for hotloop: time small pieces of code (CPython 3.11's interface).

A Timer compiles its statement and set-up into one function whose loop
runs the statement `number` times between two clock readings, as CPython
does, so the measured time holds no call per iteration. Statements given
as strings are indented into that function's source; callables are
called. The clock is time.perf_counter; the collector is off while a Timer runs
(as CPython).
"""

import gc
import itertools
import time

__all__ = ["Timer", "timeit", "repeat", "default_timer"]

dummy_src_name = "<timeit-src>"
default_number = 1000000
default_repeat = 5
default_timer = time.perf_counter

_globals = globals


def _indent(src, width):
    pad = " " * width
    return src.replace("\n", "\n" + pad)


def _check_compiles(src, what):
    # A statement must compile on its own (CPython compiles each before
    # building the function, so 'return' or a bad indent is reported for
    # the statement, not for the generated source).
    compile(src, dummy_src_name, "exec")


class Timer:
    """Times a statement; timeit() and repeat() run it."""

    def __init__(self, stmt="pass", setup="pass", timer=default_timer,
                 globals=None):
        self.timer = timer
        local_ns = {}
        global_ns = _globals() if globals is None else globals
        init = ""
        if isinstance(setup, str):
            _check_compiles(setup, "setup")
            stmtprefix = setup + "\n"
            setup = _indent(setup, 4)
        elif callable(setup):
            local_ns["_setup"] = setup
            init += ", _setup=_setup"
            stmtprefix = ""
            setup = "_setup()"
        else:
            raise ValueError("setup is neither a string nor callable")
        if isinstance(stmt, str):
            _check_compiles(stmtprefix + stmt, "stmt")
            stmt = _indent(stmt, 8)
        elif callable(stmt):
            local_ns["_stmt"] = stmt
            init += ", _stmt=_stmt"
            stmt = "_stmt()"
        else:
            raise ValueError("stmt is neither a string nor callable")
        src = ("\ndef inner(_it, _timer%s):\n"
               "    %s\n"
               "    _t0 = _timer()\n"
               "    for _i in _it:\n"
               "        %s\n"
               "        pass\n"
               "    _t1 = _timer()\n"
               "    return _t1 - _t0\n") % (init, setup, stmt)
        self.src = src
        code = compile(src, dummy_src_name, "exec")
        exec(code, global_ns, local_ns)
        self.inner = local_ns["inner"]

    def print_exc(self, file=None):
        import traceback
        traceback.print_exc(file=file)

    def timeit(self, number=default_number):
        """Runs the statement number times; returns the seconds taken."""
        it = itertools.repeat(None, number)
        gc_was_on = gc.isenabled()
        gc.disable()
        try:
            taken = self.inner(it, self.timer)
        finally:
            if gc_was_on:
                gc.enable()
        return taken

    def repeat(self, repeat=default_repeat, number=default_number):
        """Calls timeit(number) repeat times; returns the list of times."""
        r = []
        for _ in range(repeat):
            r.append(self.timeit(number))
        return r

    def autorange(self, callback=None):
        """Finds a number of loops taking at least 0.2 s (1, 2, 5, 10,
        20, 50, ...); returns (number, time_taken)."""
        i = 1
        while True:
            for j in 1, 2, 5:
                number = i * j
                time_taken = self.timeit(number)
                if callback:
                    callback(number, time_taken)
                if time_taken >= 0.2:
                    return (number, time_taken)
            i *= 10


def timeit(stmt="pass", setup="pass", timer=default_timer,
           number=default_number, globals=None):
    """Times stmt run number times with a new Timer."""
    return Timer(stmt, setup, timer, globals).timeit(number)


def repeat(stmt="pass", setup="pass", timer=default_timer,
           repeat=default_repeat, number=default_number, globals=None):
    """Times stmt with a new Timer, repeat times."""
    return Timer(stmt, setup, timer, globals).repeat(repeat, number)
