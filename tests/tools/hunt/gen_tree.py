#!/usr/bin/env python3
"""Small loops that grow trace trees: branches, refused paths, invariants.

Usage: gen_tree.py SEED [PROFILE] > prog.py   (PROFILE only salts the seed)

Each program has 2-5 functions, each one loop (while or for) whose body
takes 2-4 ways chosen by the iteration (i % P, phases of P iterations, a
data item) so that the root trace gets side traces at exits of its
pre-loop and of its loop body, which trace trees carry inside the root.
Some ways hold code the recorder refuses (a dict delete, a global store,
a set literal, a str() call), whose exits make the trace be entered again
at other iterations. The ways read invariants (the bound n, len(xs), locals
set before the loop, an attribute, a global), change a value's type
(int/float) and compute with ints near 2**62. Each function runs at several
sizes, in an order that enters its trace at different iterations, and
prints its state.
"""

import random
import sys


class Tree:
    """Builds one program from a seeded random source."""

    def __init__(self, seed, salt):
        self.r = random.Random(seed * 15485863 + salt)
        self.nid = 0

    def k(self, lo=1, hi=9):
        return self.r.randint(lo, hi)

    def pick(self, *xs):
        return self.r.choice(xs)

    def way(self):
        """Lines of one way through the loop body (variables i, a, g, d, xs)."""
        inv = self.pick("n", "len(xs)", "c1", "c2", "o.v", "G", "fc")
        m = self.k(3, 9)
        return self.pick(
            ["a += %s %% %d" % (inv, self.k(2, 50))],
            ["a = (a + i * %s) %% %d" % (inv, self.pick(1000003, 2**61 - 1))],
            ["g = %s" % self.pick("0.0", "i * 0.5", "fc * i", "i", "-1.5")],
            ["a += int(g) %% %d" % self.k(3, 99)],
            ["a += xs[i %% len(xs)] - %s %% %d" % (inv, self.k(2, 9))],
            ["xs[i %% len(xs)] = a %% %d" % self.k(5, 50)],
            ["if i %% %d in d:" % m, "    d.pop(i %% %d, None)" % m, "else:", "    d[i %% %d] = a %% 7" % m],
            ["if i %% %d in d:" % m, "    del d[i %% %d]" % m, "else:", "    d[i %% %d] = 1" % m],
            ["b = (b * %d + i) %% %s" % (self.k(2, 9), self.pick("2**62", "2**63 + 7", "2**64"))],
            ["t = (a, i)", "a = t[0] + t[1] %% %d" % self.k(2, 9)],
            ["o.w = i %% %d" % self.k(2, 9), "a += o.w"],
            ["G = (G + i) %% %d" % self.k(5, 99)],
            ["a += len({i %% %d, a %% %d})" % (self.k(2, 5), self.k(2, 5))],
            ["a += len(str(i))"],
            ["g = g + %s" % self.pick("1", "0.5", "i", "c1")],
        )

    def cond(self, v):
        return self.pick("%s %% %d == %d" % (v, self.k(2, 7), self.k(0, 1)), "(%s // %d) %% 2 == 0" % (v, self.k(3, 40)),
                         "%s %% %d != 0" % (v, self.k(2, 5)), "xs[%s %% len(xs)] %% %d == 0" % (v, self.k(2, 3)),
                         "%s > n // %d" % (v, self.k(2, 4)), "g == g and %s %% %d < %d" % (v, self.k(3, 7), self.k(1, 3)))

    def func(self, name):
        lines = ["def %s(n, xs):" % name, "    global G", "    a = %d" % self.k(0, 9), "    b = %d" % self.pick(1, 2**62 - 5), "    g = 0.0",
                 "    d = {}", "    o = O()", "    c1 = %s" % self.pick("n % 7 + 1", "%d" % self.k(1, 9), "len(xs) * 2"),
                 "    c2 = %s" % self.pick("c1 + 3", "n // 3 + 1", "xs[0] + 1"), "    fc = %s" % self.pick("0.5", "c1 / 4", "1.25")]
        head = self.pick("while", "for", "while", "forlist")
        if head == "while":
            lines += ["    i = %d" % self.k(0, 1), "    while i < n:", "        i += 1"]
        elif head == "for":
            lines += ["    for i in range(%s):" % self.pick("n", "1, n + 1", "n - 1, -1, -1")]
        else:
            lines += ["    for i in IDX[:n]:"]
        ways = self.k(2, 4)
        body = []
        for w in range(ways):
            block = []
            for _ in range(self.k(1, 2)):
                block += self.way()
            if w == 0:
                body += ["if %s:" % self.cond("i")] + ["    " + x for x in block]
            elif w < ways - 1:
                body += ["elif %s:" % self.cond("i")] + ["    " + x for x in block]
            else:
                body += ["else:"] + ["    " + x for x in block]
        for _ in range(self.k(0, 2)):
            body += self.way()
        lines += ["        " + x for x in body]
        lines.append("    return a, b, g, sorted(d.items()), xs[:4], o.w, i if n > 0 else -1")
        return "\n".join(lines)

    def program(self):
        out = ["class O:\n    v = %d\n\n    def __init__(self):\n        self.w = 0" % self.k(1, 20), "G = %d" % self.k(0, 9),
               "IDX = list(range(20000))"]
        names = []
        for f in range(self.k(2, 5)):
            name = "f%d" % f
            out.append(self.func(name))
            names.append(name)
        main = []
        for name in names:
            sizes = [self.pick(3000, 8000, 15000), 100, 101, self.k(1, 9), 0, self.k(10, 60), self.pick(2000, 5000)]
            xs = [self.k(0, 20) for _ in range(self.k(1, 6))]
            main.append("for n in %r:\n    print(%r, n, %s(n, %r))" % (tuple(sizes), name, name, xs))
        main.append("print('G', G)")
        return "\n\n\n".join(out) + "\n\n\n" + "\n".join(main) + "\n"


def main():
    seed = int(sys.argv[1])
    salt = sum(map(ord, sys.argv[2])) if len(sys.argv) > 2 else 0
    sys.stdout.write(Tree(seed, salt).program())


if __name__ == "__main__":
    main()
