# unittest: fixtures (module, class, cleanups), skips of classes, nested
# subtests, failfast, buffered output and runners writing to stdout.
import sys
import time
import unittest

time.perf_counter = lambda: 0.0
log = []


def setUpModule():
    log.append("setUpModule")


def tearDownModule():
    log.append("tearDownModule")


class A(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        log.append("A.setUpClass")
        cls.addClassCleanup(log.append, "A.classCleanup")

    @classmethod
    def tearDownClass(cls):
        log.append("A.tearDownClass")

    def setUp(self):
        log.append("setUp " + self._testMethodName)
        self.addCleanup(log.append, "cleanup1 " + self._testMethodName)
        self.addCleanup(log.append, "cleanup2 " + self._testMethodName)

    def tearDown(self):
        log.append("tearDown " + self._testMethodName)

    def test_1(self):
        log.append("test_1")

    def test_2_fails(self):
        log.append("test_2")
        self.assertEqual({"a": 1}, {"a": 2})

    def test_3_nested_subtests(self):
        for i in range(2):
            with self.subTest("outer", i=i):
                for j in range(2):
                    with self.subTest(j=j):
                        if i == j:
                            raise ValueError("i == j == %d" % i)

    def test_4_unexpected(self):
        pass

    test_4_unexpected = unittest.expectedFailure(test_4_unexpected)

    def test_5_skip_inside(self):
        self.skipTest("decided at run time")

    @unittest.skipIf(True, "condition true")
    def test_6(self):
        pass

    @unittest.skipUnless(True, "never")
    def test_7_runs(self):
        pass


class B(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        raise RuntimeError("class set-up broke")

    def test_never(self):
        log.append("B.test_never")


@unittest.skip("whole class")
class C(unittest.TestCase):
    def test_x(self):
        log.append("C.test_x")


class D(unittest.TestCase):
    def setUp(self):
        raise KeyError("setup")

    def test_d(self):
        log.append("D.test_d")

    def test_e(self):
        self.addCleanup(lambda: 1 / 0)


class E(unittest.TestCase):
    def test_print(self):
        print("printed inside a test")
        self.fail("with output")

    def test_quiet(self):
        print("not shown")


loader = unittest.TestLoader()
module = sys.modules[__name__]
suite = loader.loadTestsFromModule(module)
print("cases", suite.countTestCases())
runner = unittest.TextTestRunner(stream=sys.stdout, verbosity=1)
result = runner.run(suite)
print(result.testsRun, len(result.failures), len(result.errors), len(result.skipped),
      len(result.expectedFailures), len(result.unexpectedSuccesses), result.wasSuccessful())
for test, reason in result.skipped:
    print("skipped:", test, repr(reason))
print(log)

print("-- failfast")
r2 = unittest.TextTestRunner(stream=sys.stdout, verbosity=2, failfast=True).run(
    loader.loadTestsFromTestCase(D))
print(r2.shouldStop, r2.testsRun)

print("-- buffer")
r3 = unittest.TextTestRunner(stream=sys.stdout, verbosity=2, buffer=True).run(
    loader.loadTestsFromTestCase(E))
print(len(r3.failures))

print("-- names")
r4 = unittest.TextTestRunner(stream=sys.stdout, verbosity=0).run(
    loader.loadTestsFromNames(["A.test_1", "E"], module))
print(r4.testsRun)
print("-- main with argv")
unittest.main(argv=["prog", "-v", "A.test_1", "A.test_7_runs"], exit=False,
              testRunner=unittest.TextTestRunner(stream=sys.stdout, verbosity=2))
p = unittest.main(argv=["prog", "-q", "-k", "test_1"], exit=False,
                  testRunner=unittest.TextTestRunner(stream=sys.stdout))
print(p.result.testsRun)
