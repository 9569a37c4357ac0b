#!/usr/bin/env python3
"""Random, deterministic, terminating Python programs shaped for the tracing JIT.

Usage: gen.py SEED [PROFILE] > prog.py

A program is a few module-level helpers (functions with loops that return,
break or raise from inside them, call chains 1-5 deep, recursion, generators,
closures, classes with polymorphic methods) and 2-4 kernels. A kernel is a
function (or, sometimes, module-level code) whose hot loop body is a random
mix of fragments that change its state: ints that overflow into bigints,
floats, values whose type changes mid-loop, lists/dicts/sets/strs mutated
(also while iterating), tuples packed and unpacked, exceptions raised and
caught, globals and class attributes rebound, nested loops with
break/continue/else and while loops with compound conditions. Each kernel
runs at several sizes and prints a checksum of its state, plus samples taken
inside the loop, so that a wrong value in any iteration shows.

PROFILE weights the fragments: mix (default), calls (call graphs and nested
loops in callees), types (type changes, overflow, floats, strs), mutate
(containers, globals, class attributes, exceptions). The same SEED and
PROFILE always give the same program.
"""

import random
import sys

PROFILES = ("mix", "calls", "types", "mutate", "edge", "alias")

# Ints around the edges of machine words and immediates, and floats around
# their special values.
EDGE_INTS = ("2**31 - 1", "2**31", "-2**31", "2**32", "2**53 + 1", "2**61 - 1", "2**62 - 1", "-2**62", "2**62",
             "2**63 - 1", "-2**63", "2**63", "2**64 - 1", "-2**64")
EDGE_FLOATS = ("-0.0", "0.0", "1e308", "-1e308", "5e-324", "float('inf')", "-float('inf')", "2.0**53", "0.5", "-2.5",
               "1e16")

# Fragments with code the trace recorder aborts on (STOREGLOBAL, nonlocal
# stores in inlined closures, bool arithmetic, slices, str()/float()/int()
# calls, dict.values, set literals, type changes).
ABORTING = {"typechange", "bool", "global", "closure", "tuple", "dict", "set", "str", "exc", "overflow"}


class Gen:
    """Builds one program from a seeded random source."""

    def __init__(self, seed, profile):
        self.r = random.Random(seed * 7919 + (PROFILES.index(profile) if profile in PROFILES else 99))
        self.profile = profile
        self.top = []          # module-level definitions, in order
        self.helpers = []      # names of int -> int helpers callable from loops
        self.gens = []         # generator function names
        self.closures = []     # closure factory names
        self.classes = []      # polymorphic class names
        self.raisers = []      # helpers that raise Err on some arguments
        self.nid = 0
        self.globals = ["G0", "G1"]

    # ---- small pieces -------------------------------------------------

    def name(self, prefix):
        self.nid += 1
        return "%s%d" % (prefix, self.nid)

    def k(self, lo=1, hi=13):
        return self.r.randint(lo, hi)

    def pick(self, *xs):
        return self.r.choice(xs)

    def iexpr(self, v):
        """A small int expression of loop variable v (and the int state)."""
        r = self.r
        c = self.k(1, 9)
        return r.choice([
            "(%s * %d + a) %% %d" % (v, c, self.k(5, 211)),
            "%s %% %d" % (v, self.k(2, 17)),
            "(%s ^ p) & %d" % (v, self.pick(7, 15, 63, 255)),
            "%s // %d - q %% %d" % (v, c, self.k(2, 9)),
            "(%s << %d) & 1023" % (v, self.k(0, 5)),
            "-%s %% %d" % (v, self.k(2, 11)),
            "%s // -%d" % (v, self.k(2, 7)),
            "abs(a - %s) %% 97" % v,
            "min(%s, p %% 50)" % v,
            "max(%s - %d, q %% 31)" % (v, c),
            "%s * %s %% %d" % (v, v, self.k(3, 101)),
            "(%s > %d) + (%s %% 3 == 1)" % (v, c, v),
            "len(L) + %s %% %d" % (v, c),
            "(%s + c1) %% c2" % v,
            "%s * c1 - c2" % v,
        ])

    # ---- module-level helpers -----------------------------------------

    def helper(self, depth):
        """An int function with a loop; may call a helper one level down."""
        n = self.name("h")
        body = ["def %s(n, xs):" % n, "    s = %d" % self.k(0, 3)]
        inner = None
        if depth > 1:
            inner = self.helper(depth - 1)
        cut = "" if inner is None else "[:%d]" % self.k(2, 6)
        loop = self.pick("range(n %% %d + 1)" % self.k(2, 9), "xs" + cut, "range(%d, n %% 11 + %d)" % (self.k(0, 2), self.k(2, 6)),
                         "reversed(xs%s)" % cut, "xs%s[::%d]" % (cut, self.pick(1, 2, -1)))
        body.append("    for t in %s:" % loop)
        shape = self.r.random()
        if shape < 0.35:
            body.append("        if t == n %% %d:" % self.k(2, 9))
            body.append("            return s + %d" % self.k(0, 5))
        elif shape < 0.55:
            body.append("        if t > n %% %d + %d:" % (self.k(3, 9), self.k(0, 4)))
            body.append("            break")
        elif shape < 0.7:
            body.append("        if t %% %d == 0:" % self.k(2, 4))
            body.append("            continue")
        if self.r.random() < 0.3:
            body.append("        for u in range(t %% %d):" % self.k(2, 5))
            body.append("            s += u * t %% %d" % self.k(3, 13))
            if self.r.random() < 0.4:
                body.append("            if u == %d:" % self.k(1, 3))
                body.append("                return s")
        body.append("        s = (s + t * %d + n) %% %d" % (self.k(1, 9), self.pick(1000003, 2**31 - 1, 97, 2**64 + 13)))
        if inner:
            body.append("        s += %s(t + n, xs) %% %d" % (inner, self.k(3, 50)))
        if self.r.random() < 0.3:
            body.append("    else:")
            body.append("        s += %d" % self.k(1, 9))
        body.append("    return s")
        self.top.append("\n".join(body))
        self.helpers.append(n)
        return n

    def recursive(self):
        n = self.name("rec")
        if self.r.random() < 0.5:
            src = ("def %s(n):\n    if n < 2:\n        return n\n"
                   "    return (%s(n - 1) + %s(n - 2)) %% %d\n") % (n, n, n, self.k(50, 1000))
            self.top.append(src)
            self.helpers.append("(lambda n, xs: %s(n %% %d))" % (n, self.k(3, 11)))
        else:
            src = ("def %s(n, xs):\n    if n <= 0:\n        return len(xs)\n    s = 0\n"
                   "    for t in range(n %% 3 + 1):\n        s += %s(n - 1 - t, xs) + t\n"
                   "        if s > %d:\n            return s\n    return s\n") % (n, n, self.k(20, 200))
            self.top.append(src)
            self.helpers.append("(lambda n, xs: %s(n %% %d, xs))" % (n, self.k(3, 8)))

    def raiser(self):
        n = self.name("rz")
        exc = self.pick("Err(n)", "ValueError(n)", "KeyError(n)", "IndexError('i')")
        src = ("def %s(n, xs):\n    for t in range(n %% %d):\n        if t == %d and n %% %d == 0:\n"
               "            raise %s\n    return n %% %d\n") % (n, self.k(3, 9), self.k(1, 3), self.k(2, 5), exc, self.k(5, 50))
        self.top.append(src)
        self.raisers.append((n, exc.split("(")[0]))

    def generator(self):
        n = self.name("g")
        lines = ["def %s(n):" % n, "    for t in range(n %% %d):" % self.k(2, 7)]
        if self.r.random() < 0.4:
            lines += ["        if t == %d:" % self.k(1, 4), "            return"]
        lines.append("        yield t * %d + n %% %d" % (self.k(1, 5), self.k(2, 9)))
        if self.r.random() < 0.3:
            lines.append("    yield from range(%d)" % self.k(0, 3))
        self.top.append("\n".join(lines))
        self.gens.append(n)

    def closure(self):
        n = self.name("mk")
        if self.r.random() < 0.5:
            src = ("def %s(c):\n    def inner(v):\n        nonlocal c\n        c = (c + v) %% %d\n"
                   "        return c\n    return inner\n") % (n, self.k(7, 101))
        else:
            src = ("def %s(c):\n    box = [c]\n    def inner(v):\n        box[0] += 1\n"
                   "        return (v * box[0]) %% %d\n    return inner\n") % (n, self.k(7, 101))
        self.top.append(src)
        self.closures.append(n)

    def classes_(self):
        base = self.name("B")
        src = ["class %s:" % base, "    k = %d" % self.k(), "    def __init__(self, v):",
               "        self.v = v", "        self.w = 0", "    def m(self, i):", "        return self.v + i %% %d" % self.k(2, 9),
               "    def bump(self, i):", "        self.w = (self.w + i) %% %d" % self.k(5, 50)]
        self.top.append("\n".join(src))
        self.classes.append(base)
        for _ in range(self.k(1, 4)):
            c = self.name("C")
            body = ["class %s(%s):" % (c, base)]
            kind = self.r.random()
            if kind < 0.3:
                body += ["    def m(self, i):", "        s = 0", "        for t in range(i %% %d):" % self.k(2, 6),
                         "            s += t * self.v", "        return s"]
            elif kind < 0.6:
                body += ["    def m(self, i):", "        self.v = (self.v + i) %% %d" % self.k(5, 99),
                         "        return self.v * %d" % self.k(1, 5)]
            elif kind < 0.8:
                body += ["    k = %d" % self.k(), "    def m(self, i):", "        return self.k + i // %d" % self.k(1, 4)]
            else:
                body += ["    def m(self, i):", "        return super().m(i) * %d" % self.k(1, 3)]
            self.top.append("\n".join(body))
            self.classes.append(c)

    # ---- loop-body fragments ------------------------------------------

    def frag(self, v, depth):
        """Lines (indented from column 0) of one random fragment using v."""
        weights = {
            "arith": 4, "overflow": 2, "float": 2, "typechange": 2, "list": 3, "listiter": 1, "dict": 2,
            "dictiter": 1, "set": 2, "str": 2, "strloop": 1, "tuple": 2, "exc": 2, "call": 3, "raisecall": 1,
            "gen": 1, "closure": 1, "global": 1, "classattr": 1, "poly": 2, "nest": 2, "while": 2, "bool": 1,
            "rebind": 1, "edgeint": 1, "edgefloat": 1, "phase": 1, "alias": 2,
        }
        if self.profile == "calls":
            for w in ("call", "raisecall", "nest", "poly", "gen", "while"):
                weights[w] *= 4
        elif self.profile == "types":
            for w in ("overflow", "float", "typechange", "str", "strloop", "tuple", "bool"):
                weights[w] *= 4
        elif self.profile == "alias":
            for w in ("alias", "list", "classattr", "dict"):
                weights[w] *= 6
        elif self.profile == "edge":
            for w in ("edgeint", "edgefloat", "phase"):
                weights[w] *= 8
        elif self.profile == "mutate":
            for w in ("list", "listiter", "dict", "dictiter", "set", "global", "classattr", "exc", "rebind"):
                weights[w] *= 4
        if self.profile.startswith("only-"):
            only = self.profile[5:].split("+")
            weights = {w: (weights[w] if w in only else 0) for w in weights}
        if depth >= 3:
            weights["nest"] = 0
            weights["while"] = 0
        kinds = list(weights)
        if not any(weights.values()):
            kinds, weights = ["arith"], {"arith": 1}
        kind = self.r.choices(kinds, [weights[x] for x in kinds])[0]
        lines = getattr(self, "f_" + kind)(v, depth)
        # Code the recorder refuses goes on a rare path (a guard exit of the
        # loop's trace) more often than the rest; any fragment may be on a
        # rare path, a path taken from some iteration on, or a common path.
        if self.r.random() < (0.6 if kind in ABORTING else 0.2):
            cond = self.pick("%s %% %d == %d" % (v, self.k(3, 17), self.k(0, 2)), "%s > %d" % (v, self.k(5, 200)),
                             "%s %% %d != 0" % (v, self.k(3, 9)), "%s == %d" % (v, self.k(1, 50)))
            lines = ["if %s:" % cond] + ["    " + x for x in lines]
        return lines

    def body(self, v, depth, n=None):
        lines = []
        for _ in range(n or self.k(1, 4)):
            lines += self.frag(v, depth)
        return lines

    def f_arith(self, v, d):
        e = self.iexpr(v)
        return [self.pick("a = (a + %s) %% 1000003" % e, "a += %s" % e, "a = (a * 3 + %s) & 0xFFFFF" % e,
                          "a -= %s" % e, "p, q = q, (p + %s) %% 1009" % e)]

    def f_overflow(self, v, d):
        return ["b = b * %d + %s" % (self.k(2, 9), v),
                "if b > %s or b < -%s:" % (self.pick("2**63", "2**64", "2**90", "9223372036854775807"), self.pick("2**63", "2**70")),
                "    b = b %% %s - %d" % (self.pick("2**61", "2**65", "1000000007"), self.k(0, 99)),
                "a = (a + b %% %d) %% 1000003" % self.k(3, 997)]

    def f_float(self, v, d):
        return [self.pick("f = f * 0.5 + %s / %d" % (v, self.k(1, 7)), "f += %s * 0.25 - a %% 3" % v,
                          "f = (f + %s) %% %d.5" % (v, self.k(3, 99)), "f = -f if %s %% 3 == 0 else f + 1.5" % v,
                          "f = f / 3 + abs(float(%s)) ** 0.5" % v, "f = f * 0.5 + fc * %s" % v)]

    def f_typechange(self, v, d):
        r = self.r
        kinds = ["%s * 2" % v, "%s * 0.5" % v, "%s * 2**62" % v, "str(%s)" % v, "(%s, 1)" % v, "%s > 3" % v]
        r.shuffle(kinds)
        n = self.k(2, 4)
        lines = []
        bounds = sorted(r.sample(range(1, 40), n - 1))
        for j, bnd in enumerate(bounds):
            lines.append("%s %s < %d:" % ("if" if j == 0 else "elif", v, bnd))
            lines.append("    x = %s" % kinds[j])
        lines.append("else:")
        lines.append("    x = %s" % kinds[n - 1])
        if r.random() < 0.3:
            lines = ["x = %s if %s %% %d else %s" % (kinds[0], v, self.k(2, 4), kinds[1])]
        lines.append("y = x + x")
        lines.append("a = (a + len(repr(y))) % 1000003")
        return lines

    def f_edgeint(self, v, d):
        """Int arithmetic near word and immediate edges, switched on mid-loop."""
        e = self.r.choice(EDGE_INTS)
        op = self.pick("+", "-", "*", "//", "%", "&", "|", "^", ">>", "<<")
        rhs = self.pick("(%s %% %d + 1)" % (v, self.k(2, 9)), "-(%s %% %d + 1)" % (v, self.k(2, 9)), "%s" % e, "(%s %% 64 + 1)" % v)
        if op in (">>", "<<"):
            rhs = "(%s %% %d)" % (v, self.pick(3, 64, 65, 70))
        sw = self.pick("%s > %d" % (v, self.k(5, 300)), "%s %% %d == 0" % (v, self.k(2, 7)), "True")
        lines = ["w = %s if %s else %s %% %d" % (e, sw, v, self.k(2, 100)),
                 "w = w %s %s" % (op, rhs),
                 "a = (a + w %% %d) %% 1000003" % self.pick(1000003, 2**61 - 1, 7),
                 "if w > 2**62 or w < -2**62:", "    b = (b + 1) % 1000"]
        if self.r.random() < 0.4:
            lines.append("a += %s(w) %% 13" % self.pick("abs", "-", "~", "+"))
        return lines

    def f_edgefloat(self, v, d):
        """Float arithmetic near special values, and int/float mixes."""
        e = self.r.choice(EDGE_FLOATS)
        sw = self.pick("%s > %d" % (v, self.k(5, 300)), "%s %% %d == 0" % (v, self.k(2, 7)))
        op = self.pick("+", "-", "*", "/", "//", "%")
        rhs = self.pick("(%s %% %d + 1)" % (v, self.k(2, 9)), "(%s %% 5 - 2.5)" % v, "(%s or 1.0)" % e, "(-%s - 1)" % v)
        lines = ["g = %s if %s else %s * 0.5" % (e, sw, v), "g = g %s %s" % (op, rhs)]
        lines.append(self.pick("f = g if g == g else f", "a += (g > %s) + (g == %s) + (g < 0)" % (v, v),
                               "out.append(repr(g))" if self.r.random() < 0.2 else "a += (g != g)",
                               "f = f + (g if -1e300 < g < 1e300 else 1.0)", "a += int(g) % 7 if -1e18 < g < 1e18 else 1"))
        return lines

    def f_phase(self, v, d):
        """Paths that alternate in phases of P iterations (side traces, trees)."""
        pp = self.k(3, 60)
        lines = ["if (%s // %d) %% %d == 0:" % (v, pp, self.k(2, 3))]
        lines += ["    " + x for x in self.body(v, d, 1)]
        lines.append("else:")
        lines += ["    " + x for x in self.body(v, d, 1)]
        return lines

    def f_alias(self, v, d):
        """Stores and loads through names that may be aliases (M may be L,
        o2 may be o1, D2 may be d), with calls and appends between them."""
        ix = "%s %% len(%s)" % (v, "L")
        jx = "(%s + %d) %% len(M)" % (v, self.k(0, 3))
        return self.pick(
            ["L[%s] = a %% %d" % (ix, self.k(5, 99)), "M[%s] = %s" % (jx, v), "a += L[%s] + M[%s]" % (ix, jx)],
            ["o1.v = %s" % v, "o2.v = a %% %d" % self.k(3, 20), "a += o1.v * 3 + o2.v"],
            ["t0 = L[0]", "%s(M, %s)" % (self.pick("mut", "mut2"), v), "a += L[0] - t0 + len(L)"],
            ["n0 = len(L)", "M.append(%s)" % v, "a += len(L) - n0", "if len(M) > %d:" % self.k(8, 30), "    del M[%s]" % self.pick("0", "-1", "1")],
            ["LL[%s %% 2][0] += %d" % (v, self.k(1, 5)), "a += L[0] * 2 + M[0]"],
            ["D2[%s %% %d] = %s" % (v, self.k(2, 9), v), "a += d.get(%s %% %d, -1)" % (v, self.k(2, 9))],
            ["o1.bump(%s)" % v, "a += o2.w + o1.w"],
            ["x1 = abs(a - %s)" % v, "L[%s] = x1 %% 50" % ix, "a += abs(a - %s) - x1 + L[%s]" % (v, ix)],
            ["u = M[-1]", "L[-1] = u + 1", "a += M[-1] - u"],
        )

    def f_bool(self, v, d):
        return ["a += (%s %% 3 == 0) + True - (a > %d)" % (v, self.k(10, 1000))]

    def f_list(self, v, d):
        return self.pick(
            ["L.append(%s)" % self.iexpr(v), "if len(L) > %d:" % self.k(5, 40), "    a += L.pop(%s)" % self.pick("", "0", "-2", "len(L) // 2")],
            ["L[%s %% len(L)] += %s" % (v, self.iexpr(v))],
            ["L.insert(%s %% 3, %s)" % (v, v), "del L[%s]" % self.pick("0", "-1", "len(L) // 2")],
            ["a += L[%s %% len(L)] - L[-1]" % v],
            ["L[%s %% len(L):%s %% len(L) + %d] = [%s, a %% 7]" % (v, v, self.k(0, 2), v)],
            ["a += sum(L[-%d:]) %% 101" % self.k(1, 5)],
        )

    def f_listiter(self, v, d):
        return self.pick(
            ["for y in L:", "    if y %% %d == 0 and len(L) < %d:" % (self.k(2, 5), self.k(10, 40)), "        L.append(y + 1)", "    a += y"],
            ["for y in L:", "    if y %% %d == 1:" % self.k(2, 5), "        L.remove(y)", "    a = (a + y) % 1000003",
             "if not L:", "    L.append(%s)" % v],
            ["for w, y in enumerate(L):", "    L[w] = (y + w + %s) %% 97" % v],
        )

    def f_dict(self, v, d):
        key = "%s %% %d" % (v, self.k(2, 17))
        return self.pick(
            ["d[%s] = d.get(%s, 0) + %s" % (key, key, v)],
            ["if %s in d:" % key, "    a += d.pop(%s)" % key, "else:", "    d[%s] = a %% 13" % key],
            ["try:", "    a += d[%s]" % key, "except KeyError:", "    d[%s] = %s" % (key, v)],
            ["d[str(%s %% %d)] = %s" % (v, self.k(2, 9), v), "a += len(d)"],
            ["a += sum(d.values()) % 101 + len(d)"],
        )

    def f_dictiter(self, v, d):
        return self.pick(
            ["for kk in d:", "    d[kk] = (d[kk] + %s) %% 1000" % v],
            ["try:", "    for kk in d:", "        if len(d) < 30:",
             "            d[len(d) + 1000] = 1", "except RuntimeError:", "    a += 3"],
            ["for kk, vv in list(d.items()):", "    if vv %% %d == 0:" % self.k(2, 4), "        del d[kk]"],
        )

    def f_set(self, v, d):
        return self.pick(
            ["S.add(%s %% %d)" % (v, self.k(3, 29)), "if %s %% %d == 0:" % (v, self.k(2, 5)), "    S.discard(%s %% %d)" % (v, self.k(3, 9)),
             "a += len(S) + (%s in S)" % v],
            ["a += len(S & {%d, %d, %s %% 7})" % (self.k(), self.k(), v)],
            ["if %s %% %d in S:" % (v, self.k(2, 9)), "    a += 1", "else:", "    S.add(a %% %d)" % self.k(5, 50)],
        )

    def f_str(self, v, d):
        return self.pick(
            ["s = s[-%d:] + chr(%s + %s %% 26)" % (self.k(5, 20), self.pick("97", "65", "0x3b1"), v)],
            ["a += ord(s[%s %% len(s)])" % v],
            ["s = '-'.join([s[:4], str(%s)])" % v],
            ["if s == 'ab' + str(%s %% 5):" % v, "    a += 1", "s = s.replace('a', 'b')[-12:] + str(%s %% 10)" % v],
            ["a += s.find(str(%s %% 10)) + len(s)" % v],
        )

    def f_strloop(self, v, d):
        return ["for ch in s:", "    if ch == %s:" % self.pick("'a'", "'1'", "'-'"), "        %s" % self.pick("break", "continue", "a += 2"),
                "    a = (a + ord(ch)) % 1000003"]

    def f_tuple(self, v, d):
        return self.pick(
            ["p, q = q %% 1000 + %s, p" % v],
            ["tt = (%s, a, f)" % v, "u1, u2, u3 = tt", "a = (a + u1 * 2 - u2 % 7) % 1000003"],
            ["hd, *tl = [%s] + L[:2]" % v, "a += hd + len(tl)"],
            ["a += sum((%s, p, q)[%s %% 3:])" % (v, v)],
        )

    def f_exc(self, v, d):
        return self.pick(
            ["try:", "    a += %d // (%s %% %d - %d)" % (self.k(10, 1000), v, self.k(2, 7), self.k(0, 3)), "except ZeroDivisionError:", "    a += 7"],
            ["try:", "    a += L[%s %% (len(L) + 3)]" % v, "except IndexError:", "    a -= 1"],
            ["try:", "    if %s %% %d == 0:" % (v, self.k(2, 7)), "        raise Err(%s)" % v, "    a += 1", "except Err as e:",
             "    a += e.args[0] % 5", "finally:", "    q += 1"],
            ["try:", "    a += int('%s' * (%s %% 3))" % (self.k(0, 9), v), "except ValueError:", "    a += 2"],
        )

    def f_call(self, v, d):
        h = self.r.choice(self.helpers)
        return ["a = (a + %s(%s, L)) %% 1000003" % (h, self.iexpr(v))]

    def f_raisecall(self, v, d):
        n, exc = self.r.choice(self.raisers)
        return ["try:", "    a += %s(%s, L)" % (n, v), "except %s:" % exc, "    a += %d" % self.k(1, 9)]

    def f_gen(self, v, d):
        g = self.r.choice(self.gens)
        return self.pick(["for gv in %s(%s):" % (g, v), "    a += gv"], ["a += sum(%s(%s))" % (g, v)],
                         ["a += next(%s(%s), -1)" % (g, v)], ["L.extend(%s(%s %% 3))" % (g, v), "del L[:-%d]" % self.k(5, 20)])

    def f_closure(self, v, d):
        return ["a += cl(%s)" % v]

    def f_global(self, v, d):
        g = self.r.choice(self.globals)
        return ["%s = (%s + %s) %% %d" % (g, g, v, self.k(50, 5000)), "a += %s" % g]

    def f_classattr(self, v, d):
        c = self.r.choice(self.classes)
        return self.pick(["if %s %% %d == 0:" % (v, self.k(3, 50)), "    %s.k = %s %% 5" % (c, v), "a += objs[%s %% len(objs)].k" % v],
                         ["objs[%s %% len(objs)].v = %s %% 9" % (v, v)])

    def f_poly(self, v, d):
        return ["a = (a + objs[%s %% len(objs)].m(%s)) %% 1000003" % (v, v)]

    def f_rebind(self, v, d):
        return ["if %s == %d:" % (v, self.k(1, 60)), "    fn = %s" % self.r.choice(self.helpers), "a = (a + fn(%s, L)) %% 1000003" % v]

    def f_nest(self, v, d):
        w = "jkmn"[d]
        lo = self.pick("range(%s %% %d)" % (v, self.k(2, 9)), "range(%d)" % self.k(1, 6), "L[:%d]" % self.k(1, 6),
                       "range(%s %% 5, -1, -1)" % v, "range(%d, %s %% 7 + %d)" % (self.k(0, 3), v, self.k(1, 4)))
        lines = ["for %s in %s:" % (w, lo)]
        inner = self.body(w, d + 1, self.k(1, 3))
        r = self.r.random()
        if r < 0.3:
            inner = ["if %s %s %d:" % (w, self.pick("==", ">", ">="), self.k(1, 5)), "    break"] + inner
        elif r < 0.5:
            inner = ["if (%s + %s) %% %d == 0:" % (w, v, self.k(2, 4)), "    continue"] + inner
        lines += ["    " + x for x in inner]
        if self.r.random() < 0.3:
            lines += ["else:", "    a += %d" % self.k(1, 9)]
        return lines

    def f_while(self, v, d):
        w = "jkmn"[d]
        cond = self.pick("%s < lim" % w, "%s < lim and (a %% %d != 1 or %s < 2)" % (w, self.k(2, 5), w),
                         "%s < lim and not (%s == %d and a > 0)" % (w, w, self.k(1, 4)),
                         "(%s < lim) and (q %% 2 == 0 or %s < lim - 1)" % (w, w))
        lines = ["%s = 0" % w, "lim = %s %% %d" % (v, self.k(2, 9)), "while %s:" % cond, "    %s += 1" % w]
        inner = self.body(w, d + 1, self.k(1, 2))
        if self.r.random() < 0.3:
            inner = ["if %s == %d:" % (w, self.k(1, 5)), "    break"] + inner
        lines += ["    " + x for x in inner]
        if self.r.random() < 0.3:
            lines += ["else:", "    a += %d" % self.k(1, 9)]
        return lines

    # ---- kernels --------------------------------------------------------

    def init_state(self):
        r = self.r
        return ["a = %d" % self.k(0, 9), "b = %d" % self.pick(1, 2, 3, 2**40, -2**62), "f = %d.5" % self.k(0, 5),
                "x = 0", "p = %d" % self.k(0, 9), "q = %d" % self.k(0, 9),
                "L = [%s]" % ", ".join(str(self.k(0, 20)) for _ in range(self.k(1, 8))),
                "d = {%s}" % ", ".join("%d: %d" % (self.k(0, 16), self.k(0, 9)) for _ in range(self.k(0, 5))),
                "S = {%s}" % ", ".join(str(self.k(0, 20)) for _ in range(self.k(1, 5))),
                "s = %r" % self.pick("ab1-c", "hello", "a", "\u03b1\u03b2a1", "ab0"),
                "out = []",
                # invariants: registers the loop reads and never writes
                "c1 = %s" % self.pick("n %% %d + 1" % self.k(2, 9), "%d" % self.k(1, 9), "len(L) + 1"),
                "c2 = %s" % self.pick("n // %d + 1" % self.k(2, 50), "%d" % self.k(2, 19), "c1 * 2 + 1"),
                "fc = %s" % self.pick("0.25 * c1", "1.5", "c2 / 4"),
                "fn = %s" % r.choice(self.helpers),
                "cl = %s(%d)" % (r.choice(self.closures), self.k(0, 5)),
                "objs = [%s]" % ", ".join("%s(%d)" % (c, self.k(0, 9)) for c in self.classes),
                "M = %s" % self.pick("L", "L", "[%d, %d, %d]" % (self.k(), self.k(), self.k())),
                "o1 = objs[0]", "o2 = objs[%s]" % self.pick("0", "-1", "0"), "LL = [L, M]",
                "D2 = %s" % self.pick("d", "{}")]

    RESULT = ("(a, b, f, x, L[-6:], len(L), sum(L), sorted(d.items(), key=repr)[-6:], len(d), "
              "sorted(S)[-6:], s[-10:], p, q, out[-8:], len(out))")

    def loop_header(self):
        return self.pick(("for i in range(n):", None), ("for i in range(n, 0, -%d):" % self.k(1, 3), None),
                         ("for i in range(n):", None), ("while i < n:", "i = 0"), ("for i in range(n):", None),
                         ("for i in range(%d, n + %d):" % (self.k(0, 3), self.k(0, 3)), None),
                         ("for i in IDX[:n]:", None), ("for i in reversed(range(n)):", None))

    def kernel(self):
        n = self.name("kern")
        head, pre = self.loop_header()
        lines = ["def %s(n):" % n, "    global G0, G1"] + ["    " + x for x in self.init_state()]
        if pre:
            lines.append("    " + pre)
        lines.append("    " + head)
        body = self.body("i", 1)
        if head.startswith("while"):
            body = ["i += 1"] + body
        body += ["if i %% %d == 0:" % self.k(3, 50), "    out.append((i, a, b % 1000, f, len(L), p, q))",
                 "if len(L) > %d:" % self.k(30, 60), "    del L[%d:]" % self.k(10, 25)]
        if self.r.random() < 0.15:
            body += ["if a %% %d == %d:" % (self.k(50, 500), self.k(0, 3)), "    return ('early', i, a, f)"]
        lines += ["        " + x for x in body]
        if self.r.random() < 0.2:
            lines += ["    else:", "        a += 1"]
        lines.append("    return " + self.RESULT)
        self.top.append("\n".join(lines))
        return n

    def module_loop(self):
        """Kernel-like code at module level: state in globals."""
        head, pre = self.loop_header()
        lines = ["n = %d" % self.k(100, 1500)] + self.init_state()
        if pre:
            lines.append(pre)
        lines.append(head)
        body = self.body("i", 1)
        if head.startswith("while"):
            body = ["i += 1"] + body
        lines += ["    " + x for x in body]
        lines.append("print('module', " + self.RESULT + ")")
        return "\n".join(lines)

    def program(self):
        self.top.append("class Err(Exception):\n    pass\n\n\nG0 = 0\nG1 = 5\nIDX = list(range(10000))\n\n\n"
                        "def mut(xs, v):\n    xs[0] = (xs[0] + v) % 1000\n\n\n"
                        "def mut2(xs, v):\n    if v % 3 == 0:\n        xs.insert(0, v % 7)\n    if len(xs) > 12:\n        xs.pop()")
        for _ in range(self.k(1, 3)):
            self.helper(self.k(1, 5 if self.profile == "calls" else 3))
        if self.r.random() < 0.5:
            self.recursive()
        for _ in range(self.k(1, 2)):
            self.raiser()
            self.generator()
            self.closure()
        self.classes_()
        kernels = [self.kernel() for _ in range(self.k(2, 4))]
        main = []
        big = self.pick(300, 1000, 3000, 8000, 20000)
        for kn in kernels:
            sizes = [1, self.k(2, 40), big]
            if self.r.random() < 0.4:
                sizes.append(self.k(50, 400))
            main.append("for R in %r:\n    print(%r, R, %s(R))" % (tuple(sizes), kn, kn))
        if self.r.random() < 0.3:
            main.append(self.module_loop())
        main.append("print('globals', G0, G1)")
        if self.r.random() < 0.05:
            n, exc = self.r.choice(self.raisers)
            main.append("for R in range(40):\n    %s(R, [1])" % n)
        return "\n\n\n".join(self.top) + "\n\n\n" + "\n".join(main) + "\n"


def main():
    seed = int(sys.argv[1])
    profile = sys.argv[2] if len(sys.argv) > 2 else "mix"
    if profile not in PROFILES and not profile.startswith("only-"):
        sys.exit("profile must be one of %s" % ", ".join(PROFILES))
    sys.stdout.write(Gen(seed, profile).program())


if __name__ == "__main__":
    main()
