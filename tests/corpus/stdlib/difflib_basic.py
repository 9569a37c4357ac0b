# difflib: SequenceMatcher, get_close_matches, ndiff/Differ, unified and
# context diffs, restore; random inputs checked against CPython.
import difflib
import random

s = difflib.SequenceMatcher(None, "abxcd", "abcd")
print(s.get_matching_blocks(), s.get_opcodes(), s.ratio(), s.quick_ratio(), s.real_quick_ratio())
s = difflib.SequenceMatcher(lambda x: x == " ", "private Thread currentThread;",
                            "private volatile Thread currentThread;")
print(round(s.ratio(), 3), s.get_opcodes())
print(s.find_longest_match(0, 29, 0, 38), s.find_longest_match())
m = difflib.SequenceMatcher(None, " abcd", "abcd abcd").find_longest_match(0, 5, 0, 9)
print(m, m.a, m.size, type(m).__name__)
print(difflib.SequenceMatcher(None, "", "").ratio(), difflib.SequenceMatcher(None, "", "").get_opcodes())
print(list(difflib.SequenceMatcher(None, "", "").get_grouped_opcodes()))
long_b = "ab" * 150 + "xyz"
sm = difflib.SequenceMatcher(None, "abx" * 40, long_b)
print(sorted(sm.bpopular), sm.bjunk, sm.get_opcodes()[:4], round(sm.ratio(), 6))
sm = difflib.SequenceMatcher(None, "abx" * 40, long_b, autojunk=False)
print(sm.bpopular, round(sm.ratio(), 6))

print(difflib.get_close_matches("appel", ["ape", "apple", "peach", "puppy"]))
import keyword
print(difflib.get_close_matches("wheel", keyword.kwlist), difflib.get_close_matches("pineapple", keyword.kwlist))
print(difflib.get_close_matches("accept", ["ape", "apple", "accent", "except", "acceptable"], n=2, cutoff=0.3))
for bad in ((0, 0.5), (3, 1.5), (3, -0.1)):
    try:
        difflib.get_close_matches("x", ["y"], *bad)
    except ValueError as e:
        print(type(e).__name__, e)

a = "one\ntwo\nthree\nfour\nfive\nsix\n".splitlines(keepends=True)
b = "zero\none\ntree\nfour\nfive\nsixx\nseven\n".splitlines(keepends=True)
print("".join(difflib.ndiff(a, b)), end="")
print("".join(difflib.restore(difflib.ndiff(a, b), 1)), end="")
print("".join(difflib.restore(difflib.ndiff(a, b), 2)), end="")
try:
    list(difflib.restore([], 3))
except ValueError as e:
    print(type(e).__name__, e)
print("".join(difflib.unified_diff(a, b, "before.py", "after.py", "2026-01-01", "2026-01-02")), end="")
print("".join(difflib.context_diff(a, b, "before.py", "after.py")), end="")
print(list(difflib.unified_diff(["a", "b"], ["a", "c"], lineterm="", n=0)))
print(list(difflib.context_diff(["a"], [], n=1)))
print(list(difflib.unified_diff([], ["x\n"])), list(difflib.unified_diff(["x\n"], ["x\n"])))
try:
    list(difflib.unified_diff([1], ["x"]))
except TypeError as e:
    print(type(e).__name__, e)
try:
    list(difflib.unified_diff(["x"], ["y"], fromfile=3))
except TypeError as e:
    print(type(e).__name__, e)
print(list(difflib.diff_bytes(difflib.unified_diff, [b"a\n", b"\xff\n"], [b"a\n", b"b\n"], b"f1", b"f2")))
d = difflib.Differ()
text1 = ["  1. Beautiful is better than ugly.\n", "  2. Explicit is better than implicit.\n",
         "  3. Simple is better than complex.\n", "  4. Complex is better than complicated.\n"]
text2 = ["  1. Beautiful is better than ugly.\n", "  3.   Simple is better than complex.\n",
         "  4. Complicated is better than complex.\n", "  5. Flat is better than nested.\n"]
print("".join(d.compare(text1, text2)), end="")
print(difflib.IS_LINE_JUNK("\n"), difflib.IS_LINE_JUNK("  #   \n"), difflib.IS_LINE_JUNK("hello\n"),
      difflib.IS_CHARACTER_JUNK(" "), difflib.IS_CHARACTER_JUNK("\t"), difflib.IS_CHARACTER_JUNK("x"))
print(list(difflib.ndiff(["\tab\n"], ["\tac\n"])))
print(difflib.SequenceMatcher[int])

rng = random.Random(7)
words = ["alpha", "beta", "gamma", "delta", "eps", "zeta", "eta", "theta"]
for trial in range(60):
    x = [rng.choice(words) + "\n" for _ in range(rng.randint(0, 12))]
    y = list(x)
    for _ in range(rng.randint(0, 5)):
        op = rng.randint(0, 2)
        if op == 0 and y:
            del y[rng.randrange(len(y))]
        elif op == 1:
            y.insert(rng.randint(0, len(y)), rng.choice(words) + "x\n")
        elif y:
            k = rng.randrange(len(y))
            w = list(y[k])
            w[rng.randrange(len(w) - 1)] = rng.choice("abcz ")
            y[k] = "".join(w)
    sm = difflib.SequenceMatcher(None, x, y)
    print(trial, sm.get_opcodes(), round(sm.ratio(), 9))
    print("".join(difflib.unified_diff(x, y, n=rng.randint(0, 3))), end="")
    print("".join(difflib.ndiff(x, y)), end="")
    if trial % 3 == 0:
        print("".join(difflib.context_diff(x, y, n=1)), end="")
    sa = "".join(rng.choice("abcd ") for _ in range(rng.randint(0, 30)))
    sb = "".join(rng.choice("abcd ") for _ in range(rng.randint(0, 30)))
    sm2 = difflib.SequenceMatcher(lambda c: c == " ", sa, sb)
    print(repr(sa), repr(sb), sm2.get_matching_blocks()[-3:], round(sm2.ratio(), 9),
          [g[0][0] for g in sm2.get_grouped_opcodes(1)])
big_a = [str(rng.randrange(50)) for _ in range(400)]
big_b = [str(rng.randrange(50)) for _ in range(450)]
sm = difflib.SequenceMatcher(None, big_a, big_b)
print(len(sm.get_opcodes()), round(sm.ratio(), 9), len(sm.bpopular))
