# unittest: every assertion method's failure message (caught and printed),
# with short and long reprs, msg= and longMessage, maxDiff truncation.
import unittest


class Probe(unittest.TestCase):
    def runTest(self):
        pass


t = Probe()


def show(name, *args, **kwargs):
    try:
        getattr(t, name)(*args, **kwargs)
    except AssertionError as e:
        print("%s -> %s" % (name, e))
        print("-" * 20)
    else:
        print(name, "passed")


show("assertEqual", 1, 2)
show("assertEqual", 1, 1)
show("assertEqual", "a" * 100, "a" * 99 + "b")
show("assertEqual", "x" * 30 + "y" * 90, "x" * 30 + "z" * 90)
show("assertEqual", list(range(50)), list(range(49)) + [0])
show("assertEqual", [1, 2], [1, 2, 3])
show("assertEqual", (1, 2, 3), (1, 2))
show("assertEqual", [1, 2], (1, 2))
show("assertEqual", {"a": 1, "b": [1, 2]}, {"a": 1, "b": [1, 3], "c": 0})
show("assertEqual", {1, 2, 3}, {2, 3, 4})
show("assertEqual", frozenset({1}), frozenset())
show("assertEqual", "one\ntwo\nthree\n", "one\ntoo\nthree\nfour\n")
show("assertEqual", "single line", "single lime")
show("assertEqual", 1.0, 1.5, msg="custom")
show("assertNotEqual", 3, 3)
show("assertTrue", 0)
show("assertTrue", [], "empty list")
show("assertFalse", [1])
show("assertIs", 1, None)
show("assertIsNot", None, None)
show("assertIsNone", 5)
show("assertIsNotNone", None)
show("assertIn", 4, [1, 2, 3])
show("assertNotIn", 2, {2: "x"})
show("assertIsInstance", 1, str)
show("assertNotIsInstance", 1, int)
show("assertGreater", 1, 2)
show("assertGreaterEqual", 1, 2)
show("assertLess", 2, 1)
show("assertLessEqual", 2, 1)
show("assertAlmostEqual", 1.0, 1.1)
show("assertAlmostEqual", 1.0, 1.00000001)
show("assertAlmostEqual", 1.0, 1.1, places=3)
show("assertAlmostEqual", 10, 12, delta=1)
show("assertNotAlmostEqual", 1.0, 1.00000001)
show("assertNotAlmostEqual", 10, 11, delta=2)
try:
    t.assertAlmostEqual(1, 2, places=1, delta=1)
except TypeError as e:
    print("TypeError", e)
show("assertCountEqual", [1, 2, 2, 3], [3, 2, 1, 1])
show("assertCountEqual", [[1], [2]], [[2], [1], [1]])
show("assertCountEqual", "abc", "cba")
show("assertMultiLineEqual", "a\nb\n", "a\nc\n")
show("assertSequenceEqual", [1, 2], [1, 3])
show("assertSequenceEqual", "abc", "abd")
show("assertListEqual", (1,), [1])
show("assertTupleEqual", (1,), [1])
show("assertSetEqual", {1}, [1])
show("assertDictEqual", {}, [])
show("assertRegex", "hello world", r"wor+ld$x")
show("assertNotRegex", "hello world", r"o w")
show("fail", "explicit")
show("fail")
show("assertRaises", ValueError, int, "5")
show("assertRaises", ValueError, lambda: None)
show("assertRaisesRegex", ValueError, "abc", int, "xyz")
with t.assertRaises(KeyError) as cm:
    {}["k"]
print(type(cm.exception).__name__, cm.exception, cm.exception.__traceback__)
try:
    with t.assertRaises(TypeError, msg="wanted"):
        pass
except AssertionError as e:
    print(e)
try:
    with t.assertRaises((TypeError, KeyError)):
        pass
except AssertionError as e:
    print(e)
try:
    with t.assertRaises(TypeError):
        raise ValueError("not this one")
except ValueError as e:
    print("ValueError passes through:", e)
for bad in (3, "x", (ValueError, 3)):
    try:
        t.assertRaises(bad)
    except TypeError as e:
        print("TypeError", e)
try:
    t.assertRaises(ValueError, foo=1)
except TypeError as e:
    print("TypeError", e)

t.longMessage = False
show("assertEqual", 1, 2, "only this")
show("assertEqual", 1, 2)
t.longMessage = True
t.maxDiff = 30
show("assertEqual", list(range(10)), list(range(1, 11)))
t.maxDiff = None
show("assertEqual", list(range(10)), list(range(1, 11)))
t.maxDiff = 640
big1 = {i: "v%d" % i for i in range(40)}
big2 = dict(big1, x=1)
show("assertDictEqual", big1, big2)


class Bad:
    def __repr__(self):
        raise RuntimeError("no repr")

    def __eq__(self, other):
        return False


try:
    t.assertEqual(Bad(), 1)
except AssertionError as e:
    print(str(e).startswith("<__main__.Bad object at 0x"), str(e).endswith(" != 1"))


class MyCase(unittest.TestCase):
    def test_a(self):
        """First line of doc.

        More."""

    def test_b(self):
        pass


c = MyCase("test_a")
print(str(c), repr(c), c.id(), c.shortDescription(), MyCase("test_b").shortDescription())
print(c == MyCase("test_a"), c == MyCase("test_b"), hash(c) == hash(MyCase("test_a")), c.countTestCases())
try:
    MyCase("test_zzz")
except ValueError as e:
    print("ValueError", e)
ft = unittest.FunctionTestCase(lambda: None, description="a function test")
print(ft.shortDescription(), str(ft).startswith("unittest.case.FunctionTestCase ("), ft.countTestCases())
s = unittest.TestSuite([MyCase("test_a"), MyCase("test_b")])
print(s.countTestCases(), repr(s))
try:
    s.addTest(5)
except TypeError as e:
    print("TypeError", e)
try:
    s.addTest(MyCase)
except TypeError as e:
    print("TypeError", e)
try:
    s.addTests("abc")
except TypeError as e:
    print("TypeError", e)
loader = unittest.TestLoader()
print(loader.getTestCaseNames(MyCase), loader.loadTestsFromTestCase(MyCase).countTestCases())
loader.testNamePatterns = ["*test_b*"]
print(loader.getTestCaseNames(MyCase))
r = unittest.TestResult()
print(r.wasSuccessful(), r.testsRun, repr(r))
