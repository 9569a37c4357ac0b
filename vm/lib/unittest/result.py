"""TestResult: what a test run collected (failures and errors as
formatted tracebacks, skips, expected failures), with output buffering.

A failure's traceback is cut to the test's own frames: frames of the
unittest package itself are dropped from the outer end, and for
assertion failures from the inner end too, as CPython does (it marks its
modules with a __unittest global; hotloop's traceback frames keep no
globals, so the package's file names say which frames are its own).
"""

import io
import os
import sys
import traceback
from functools import wraps

from . import util

__unittest = True

_PACKAGE_DIR = os.path.dirname(__file__) + os.sep

STDOUT_LINE = '\nStdout:\n%s'
STDERR_LINE = '\nStderr:\n%s'


def failfast(method):
    @wraps(method)
    def inner(self, *args, **kw):
        if getattr(self, 'failfast', False):
            self.stop()
        return method(self, *args, **kw)
    return inner


class TestResult(object):
    """Holds the outcome of a test run."""

    _previousTestClass = None
    _testRunEntered = False
    _moduleSetUpFailed = False

    def __init__(self, stream=None, descriptions=None, verbosity=None):
        self.failfast = False
        self.failures = []
        self.errors = []
        self.testsRun = 0
        self.skipped = []
        self.expectedFailures = []
        self.unexpectedSuccesses = []
        self.shouldStop = False
        self.buffer = False
        self.tb_locals = False
        self._stdout_buffer = None
        self._stderr_buffer = None
        self._original_stdout = sys.stdout
        self._original_stderr = sys.stderr
        self._mirrorOutput = False

    def printErrors(self):
        "Called by TestRunner after test run"

    def startTest(self, test):
        "Called when the given test is about to be run"
        self.testsRun += 1
        self._mirrorOutput = False
        self._setupStdout()

    def _setupStdout(self):
        if self.buffer:
            if self._stderr_buffer is None:
                self._stderr_buffer = io.StringIO()
                self._stdout_buffer = io.StringIO()
            sys.stdout = self._stdout_buffer
            sys.stderr = self._stderr_buffer

    def startTestRun(self):
        """Called once before any tests are executed."""

    def stopTest(self, test):
        """Called when the given test has been run"""
        self._restoreStdout()
        self._mirrorOutput = False

    def _restoreStdout(self):
        if self.buffer:
            if self._mirrorOutput:
                out = sys.stdout.getvalue()
                err = sys.stderr.getvalue()
                if out:
                    if not out.endswith('\n'):
                        out += '\n'
                    self._original_stdout.write(STDOUT_LINE % out)
                if err:
                    if not err.endswith('\n'):
                        err += '\n'
                    self._original_stderr.write(STDERR_LINE % err)
            sys.stdout = self._original_stdout
            sys.stderr = self._original_stderr
            self._stdout_buffer.seek(0)
            self._stdout_buffer.truncate()
            self._stderr_buffer.seek(0)
            self._stderr_buffer.truncate()

    def stopTestRun(self):
        """Called once after all tests are executed."""

    @failfast
    def addError(self, test, err):
        self.errors.append((test, self._exc_info_to_string(err, test)))
        self._mirrorOutput = True

    @failfast
    def addFailure(self, test, err):
        self.failures.append((test, self._exc_info_to_string(err, test)))
        self._mirrorOutput = True

    def addSubTest(self, test, subtest, err):
        if err is not None:
            if getattr(self, 'failfast', False):
                self.stop()
            if issubclass(err[0], test.failureException):
                bucket = self.failures
            else:
                bucket = self.errors
            bucket.append((subtest, self._exc_info_to_string(err, test)))
            self._mirrorOutput = True

    def addSuccess(self, test):
        "Called when a test has completed successfully"

    def addSkip(self, test, reason):
        self.skipped.append((test, reason))

    def addExpectedFailure(self, test, err):
        self.expectedFailures.append((test, self._exc_info_to_string(err, test)))

    @failfast
    def addUnexpectedSuccess(self, test):
        self.unexpectedSuccesses.append(test)

    def wasSuccessful(self):
        return ((len(self.failures) == len(self.errors) == 0) and
                (not hasattr(self, 'unexpectedSuccesses') or
                 len(self.unexpectedSuccesses) == 0))

    def stop(self):
        self.shouldStop = True

    def _exc_info_to_string(self, err, test):
        exctype, value, tb = err
        tb = self._clean_tracebacks(exctype, value, tb, test)
        # hotloop's traceback formats an exception from its own
        # __traceback__, so the cleaned chain is attached to it first (as
        # _clean_tracebacks already does for the chained exceptions);
        # tb_locals is not supported
        if value is not None:
            value.__traceback__ = tb
        lines = traceback.format_exception(exctype, value, tb)
        if self.buffer:
            out = sys.stdout.getvalue()
            errout = sys.stderr.getvalue()
            if out:
                if not out.endswith('\n'):
                    out += '\n'
                lines.append(STDOUT_LINE % out)
            if errout:
                if not errout.endswith('\n'):
                    errout += '\n'
                lines.append(STDERR_LINE % errout)
        return ''.join(lines)

    def _clean_tracebacks(self, exctype, value, tb, test):
        first_tb = None
        first = True
        todo = [(exctype, value, tb)]
        seen = {id(value)}
        while todo:
            exctype, value, tb = todo.pop()
            while tb and self._is_relevant_tb_level(tb):
                tb = tb.tb_next
            if exctype is test.failureException:
                self._remove_unittest_tb_frames(tb)
            if first:
                first_tb = tb
                first = False
            else:
                value.__traceback__ = tb
            if value is not None:
                for linked in (value.__cause__, value.__context__):
                    if linked is not None and id(linked) not in seen:
                        todo.append((type(linked), linked, linked.__traceback__))
                        seen.add(id(linked))
        return first_tb

    def _is_relevant_tb_level(self, tb):
        frame = tb.tb_frame
        try:
            return '__unittest' in frame.f_globals
        except AttributeError:
            return frame.f_code.co_filename.startswith(_PACKAGE_DIR)

    def _remove_unittest_tb_frames(self, tb):
        # cut the chain before the first unittest frame after user code
        prev = None
        while tb and not self._is_relevant_tb_level(tb):
            prev = tb
            tb = tb.tb_next
        if prev is not None:
            prev.tb_next = None

    def __repr__(self):
        return ("<%s run=%i errors=%i failures=%i>" %
                (util.strclass(self.__class__), self.testsRun, len(self.errors),
                 len(self.failures)))
