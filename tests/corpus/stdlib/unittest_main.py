# unittest.main with verbosity 2: progress lines, failure and error reports
# with cleaned tracebacks, subtests, skips, expected failures; exit status 1.
import time
time.perf_counter = lambda: 0.0  # the 'Ran N tests in' time, made fixed
import unittest

class T(unittest.TestCase):
    def test_ok(self):
        self.assertEqual(1 + 1, 2)

    def test_fail(self):
        self.assertEqual([1, 2, 3], [1, 2, 4])

    def test_error(self):
        x = {}
        x["missing"]

    @unittest.skip("not today")
    def test_skip(self):
        pass

    @unittest.expectedFailure
    def test_xfail(self):
        self.assertTrue(False)

    def test_sub(self):
        for i in range(3):
            with self.subTest(i=i):
                self.assertLess(i, 2)

    def test_str(self):
        self.assertEqual("hello\nworld\n", "hello\nword\n")

    def test_raises(self):
        with self.assertRaises(ValueError):
            int("x")
        with self.assertRaisesRegex(ValueError, "zzz"):
            int("y")

if __name__ == "__main__":
    unittest.main(verbosity=2)
