#!/usr/bin/env python3
"""Random int/list loop nests whose inner loops call functions with loops.

Usage: gen_nest.py SEED [PROFILE] > prog.py   (PROFILE is accepted and only
changes the seed, so that run.py's --profiles works with this generator)

A program has leaf functions (a loop over a list or a range that returns,
breaks, continues or raises from inside, sometimes with a loop inside the
loop), middle functions (loop nests 1-3 deep calling leaves and other
middles from the inner loop, catching some of their exceptions, returning
early), a recursive function with a loop, and drivers: loop nests 2-4 deep
with 0-2 trip inner loops and long ones, whose bodies call the middles. The
drivers run at several sizes inside functions and at module level; each
prints its accumulators and samples taken inside the loops.
"""

import random
import sys


class Nest:
    """Builds one program from a seeded random source."""

    def __init__(self, seed, salt):
        self.r = random.Random(seed * 104729 + salt)
        self.defs = []
        self.leaves = []
        self.mids = []
        self.nid = 0
        self.returns = True

    def k(self, lo=1, hi=9):
        return self.r.randint(lo, hi)

    def pick(self, *xs):
        return self.r.choice(xs)

    def name(self, p):
        self.nid += 1
        return "%s%d" % (p, self.nid)

    def ie(self, v):
        """An int expression of v and s."""
        return self.pick("%s * %d %% %d" % (v, self.k(1, 13), self.k(5, 97)), "(%s ^ s) & %d" % (v, self.pick(15, 63, 255)),
                         "%s // -%d" % (v, self.k(2, 5)), "-%s %% %d" % (v, self.k(2, 7)), "%s %% %d - %d" % (v, self.k(2, 9), self.k(0, 4)),
                         "(%d <= %s < %d) + %s" % (self.k(0, 3), v, self.k(4, 9), v), "len(L) - %s" % v,
                         "L[%s %% len(L)]" % v, "%s * %d" % (v, self.pick(3, 2**31 + 1, 2**40 + 7)))

    def leaf(self):
        n = self.name("leaf")
        it = self.pick("L", "range(x %% %d)" % self.k(2, 9), "L[%d:]" % self.k(0, 2), "range(len(L) - 1, -1, -1)")
        lines = ["def %s(L, x):" % n, "    s = %d" % self.k(0, 3), "    for t in %s:" % it]
        exit_ = self.pick("return", "break", "continue", "raise", "none", "return", "break")
        cond = self.pick("t == x %% %d" % self.k(2, 9), "t > x + %d" % self.k(0, 9), "s > %d" % self.k(10, 300),
                         "(t + x) %% %d == 0" % self.k(2, 7))
        if exit_ == "return":
            lines += ["        if %s:" % cond, "            return s %s" % self.pick("", "+ t", "* 2")]
        elif exit_ == "break":
            lines += ["        if %s:" % cond, "            break"]
        elif exit_ == "continue":
            lines += ["        if %s:" % cond, "            continue"]
        elif exit_ == "raise":
            lines += ["        if %s:" % cond, "            raise %s" % self.pick("ValueError(t)", "IndexError(x)", "Stop(s)")]
        if self.r.random() < 0.3:
            lines += ["        u = 0", "        while u < t %% %d and s %% %d != 1:" % (self.k(2, 5), self.k(2, 7)),
                      "            u += 1", "            s += u"]
        lines.append("        s = (s + %s) %% %d" % (self.ie("t"), self.pick(1000003, 2**62 + 3, 101)))
        if self.r.random() < 0.3:
            lines += ["    else:", "        s -= %d" % self.k(1, 5)]
        lines.append("    return s")
        self.defs.append("\n".join(lines))
        self.leaves.append(n)

    def call(self, v):
        """An expression that calls a leaf or an earlier middle."""
        f = self.r.choice(self.leaves + self.mids[-2:])
        return "%s(L, %s)" % (f, self.pick(v, "%s + s" % v, "%s %% %d" % (v, self.k(2, 9))))

    def loopnest(self, vars_, depth, indent):
        """A loop nest whose innermost body calls functions."""
        v = vars_[0]
        pad = "    " * indent
        outer = vars_[1] if len(vars_) > 1 else "x"
        it = self.pick("range(%s %% %d)" % (outer, self.k(1, 4)), "range(%d)" % self.k(1, 6), "L",
                       "range(%s %% 3, %d)" % (outer, self.k(2, 6)), "range(%d, -1, -1)" % self.k(0, 4))
        lines = [pad + "for %s in %s:" % (v, it)]
        body = []
        if depth > 1:
            body += self.loopnest([self.pick("j", "k", "m") + str(depth)] + vars_, depth - 1, 0)
        else:
            if self.r.random() < 0.6:
                body += ["try:", "    s += %s" % self.call(v), "except %s:" % self.pick("ValueError", "Exception", "Exception", "(IndexError, Stop)"),
                         "    s += %d" % self.k(1, 9)]
            else:
                body += ["s = (s + %s) %% %d" % (self.call(v), self.pick(1000003, 2**61 - 1))]
        if self.r.random() < 0.5:
            body.append("s += %s" % self.ie(v))
        r = self.r.random()
        if r < 0.2:
            body = ["if %s == %d:" % (v, self.k(1, 4)), "    break"] + body
        elif r < 0.35:
            body = ["if %s %% %d == 1:" % (v, self.k(2, 4)), "    continue"] + body
        elif r < 0.5 and self.returns:
            body += ["if s %% %d == %d:" % (self.k(200, 2000), self.k(0, 3)), "    return s"]
        if self.r.random() < 0.3:
            body += ["if %s %% %d == 0:" % (v, self.k(2, 5)), "    L[%s %% len(L)] = s %% %d" % (v, self.k(5, 30))]
        lines += [pad + "    " + b for b in body]
        if self.r.random() < 0.25:
            lines += [pad + "else:", pad + "    s += 1"]
        return lines

    def mid(self):
        n = self.name("mid")
        lines = ["def %s(L, x):" % n, "    s = %d" % self.k(0, 5)]
        lines += self.loopnest(["j"], self.k(1, 3), 1)
        lines.append("    return s")
        self.defs.append("\n".join(lines))
        self.mids.append(n)

    def recursive(self):
        n = self.name("rec")
        self.defs.append(("def %s(L, x):\n    if x <= 0:\n        return 1\n    s = 0\n    for t in range(x %% %d + 1):\n"
                          "        s += %s(L, x - 1 - t) %% %d\n        if s > %d:\n            return s\n    return s") %
                         (n, self.k(2, 3), n, self.k(50, 500), self.k(30, 400)))
        self.mids.append("(lambda L, x: %s(L, x %% %d))" % (n, self.k(3, 7)))

    def driver(self):
        n = self.name("drive")
        lines = ["def %s(R):" % n, "    L = [%s]" % ", ".join(str(self.k(0, 12)) for _ in range(self.k(1, 7))),
                 "    s = 0", "    out = []", "    for x in range(R):"]
        lines += self.loopnest(["i", "x"], self.k(1, 3), 2)
        lines += ["        if x %% %d == 0:" % self.k(3, 40), "            out.append((x, s))"]
        lines.append("    return s, L, out[-6:], len(out)")
        self.defs.append("\n".join(lines))
        return n

    def program(self):
        self.defs.append("class Stop(Exception):\n    pass")
        for _ in range(self.k(2, 4)):
            self.leaf()
        for _ in range(self.k(1, 3)):
            self.mid()
        if self.r.random() < 0.5:
            self.recursive()
            self.mid()
        drivers = [self.driver() for _ in range(self.k(2, 3))]
        main = []
        for d in drivers:
            sizes = (1, self.k(2, 30), self.pick(200, 600, 2000, 5000), self.k(3, 100))
            main.append("for R in %r:\n    try:\n        print(%r, R, %s(R))\n    except Exception as e:\n"
                        "        print(%r, R, type(e).__name__, e)" % (sizes, d, d, d))
        if self.r.random() < 0.3:
            self.returns = False
            lines = ["L = [3, 1, 4, 1, 5]", "s = 0", "try:", "    for x in range(%d):" % self.k(100, 2000)]
            lines += self.loopnest(["i", "x"], self.k(1, 2), 2)
            lines += ["except Exception as e:", "    print('module', type(e).__name__)"]
            lines.append("print('module', s, L)")
            main.append("\n".join(lines))
        return "\n\n\n".join(self.defs) + "\n\n\n" + "\n".join(main) + "\n"


def main():
    seed = int(sys.argv[1])
    salt = sum(map(ord, sys.argv[2])) if len(sys.argv) > 2 else 0
    sys.stdout.write(Nest(seed, salt).program())


if __name__ == "__main__":
    main()
