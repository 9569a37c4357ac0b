#!/usr/bin/env python3
"""Hot loops over Python shapes the other generators never make.

Usage: gen_shapes.py SEED [PROFILE] > prog.py

PROFILE is `mix` (all shapes), `objects` (with blocks, properties,
descriptors, __getattr__/__getattribute__/__setattr__, class attribute and
method replacement, bound methods, isinstance dispatch), `calls`
(*args/**kwargs, keyword arguments and defaults, closures mutated with
nonlocal, try/finally and exceptions raised through 1-3 calls,
comprehensions and generator expressions, sorted/min/max with key=),
`values` (big ints, float nan/inf/-0.0, string building, bytes and
bytearray, slicing, dict views), or `only-KIND[+KIND]` for the fragments of
the named kinds (`f_KIND` methods) only. A PROFILE ending in `-small`
(`mix-small`) has loops ten times shorter, for runs under GCSTRESS.

Each program has 2-4 kernels; a kernel is one function with one loop (for
over range, while, or for over a list) of thousands of iterations, long
enough for the default mode's payoff rule to compile it, whose body is
2-5 fragments, some of them only on paths taken by phase or by i % k.
Each kernel runs at a long size, then short ones, then a long one again
(so traces compiled at the first are entered at other sizes), and prints
its state. The prelude defines the classes and helpers the fragments use;
a fragment may change them (replace a method, a class attribute), and the
kernel puts them back before it returns.
"""

import sys

from genprofile import KernelGen

PRELUDE = '''
import math


class CM:
    """A context manager that counts and may swallow one exception type."""

    def __init__(self, log, swallow=None):
        self.log = log
        self.swallow = swallow

    def __enter__(self):
        self.log[0] += 1
        return len(self.log)

    def __exit__(self, et, ev, tb):
        self.log[1] += 1
        if et is not None and self.swallow is not None and issubclass(et, self.swallow):
            self.log[2] += 1
            return True
        return False


class Desc:
    """A data descriptor storing its value doubled in the instance dict."""

    def __set_name__(self, owner, name):
        self.key = "_" + name

    def __get__(self, obj, typ=None):
        if obj is None:
            return self
        return obj.__dict__.get(self.key, 0) // 2

    def __set__(self, obj, value):
        obj.__dict__[self.key] = value * 2


class NDesc:
    """A non-data descriptor: the instance dict shadows it."""

    def __get__(self, obj, typ=None):
        return 7 if obj is None else len(obj.__dict__)


class Base:
    k = 3
    d = Desc()
    nd = NDesc()

    def __init__(self, v):
        self.v = v
        self._p = v

    @property
    def p(self):
        return self._p + 1

    @p.setter
    def p(self, x):
        self._p = x % 1000

    def m(self, x):
        return x + self.k

    @staticmethod
    def sm(x):
        return x * 2

    @classmethod
    def cm(cls, x):
        return x + cls.k


class Sub(Base):
    k = 5

    def m(self, x):
        return super().m(x) * 2


class Other:
    k = 11

    def m(self, x):
        return x - 1


def alt_m(self, x):
    return x * 3 - self.k


class GA:
    """__getattr__ for missing names only."""

    def __init__(self):
        self.real = 4

    def __getattr__(self, name):
        if name.startswith("no"):
            raise AttributeError(name)
        return len(name)


class GAB:
    """__getattribute__ for every name."""

    def __init__(self):
        self.x = 2

    def __getattribute__(self, name):
        if name == "hidden":
            return 99
        return object.__getattribute__(self, name) + 1


class SA:
    """__setattr__ that keeps a count and clamps."""

    def __init__(self):
        object.__setattr__(self, "n", 0)
        object.__setattr__(self, "val", 0)

    def __setattr__(self, name, value):
        object.__setattr__(self, "n", self.n + 1)
        object.__setattr__(self, name, value % 97 if isinstance(value, int) else value)


class MyInt(int):
    pass


def va(*args, **kw):
    return len(args) + sum(args) + sum(kw.values()) + len(kw)


def kd(x, y=2, *, z=3, w=None):
    return x * y + z + (0 if w is None else w)


def kpass(a, *rest, b=1, **kw):
    return va(a, *rest, b=b, **kw)


def thrower(x, k):
    if x % k == 0:
        raise KeyError(x)
    return x % 13


def mid(x, k):
    try:
        return thrower(x, k) + 1
    finally:
        FIN[0] += 1


def top(x, k):
    return mid(x + 1, k) * 2


def fin_ret(x):
    try:
        if x % 3 == 0:
            raise ValueError(x)
        return x
    except ValueError:
        return -x
    finally:
        FIN[1] += 1


FIN = [0, 0]
'''


class Shapes(KernelGen):
    """Builds one program from a seeded random source."""

    KINDS = {
        "objects": ["with", "prop", "desc", "getattr", "setattr", "replace", "bound", "isinst"],
        "calls": ["varargs", "kwargs", "nonlocal", "tryfin", "comp", "keyfn"],
        "values": ["bigint", "floatedge", "strbuild", "bytes", "slice", "views"],
    }

    def __init__(self, seed, profile):
        super().__init__(seed, profile, 7919)

    # Fragments: lists of lines over the kernel's variables i, n, a, b, f,
    # s, parts, xs, d, o, ba, log, cnt (and prelude names).

    def f_with(self):
        m = self.k(3, 11)
        return self.pick(
            ["with CM(log) as c:", "    a += c + i %% %d" % m],
            ["with CM(log, KeyError):", "    if i %% %d == %d:" % (m, self.k(0, 2)), "        raise KeyError(i)", "    a += 1"],
            ["with CM(log, ValueError) as c, CM(log):", "    a += c", "    if i %% %d == 0:" % m, "        int('x')"],
            ["try:", "    with CM(log):", "        a += thrower(i, %d)" % m, "except KeyError:", "    a -= 1"],
            ["for _j in range(%d):" % self.k(1, 3), "    with CM(log) as c:", "        if _j == 1:", "            break",
             "        a += c"],
        )

    def f_prop(self):
        return self.pick(
            ["o.p = a + i", "a += o.p"],
            ["a += o.p %% %d" % self.k(2, 9)],
            ["o.p = i", "a = (a + o.p * %d) %% 1000003" % self.k(2, 9)],
            ["a += o.sm(i % 7) + o.cm(1) + Base.sm(1)"],
        )

    def f_desc(self):
        return self.pick(
            ["o.d = i %% %d" % self.k(2, 50), "a += o.d"],
            ["a += o.nd + Base.nd"],
            ["if i %% %d == 0:" % self.k(5, 40), "    o.nd = i", "elif i %% %d == 1:" % self.k(5, 40), "    o.__dict__.pop('nd', None)",
             "a += o.nd if isinstance(o.nd, int) else 0"],
        )

    def f_getattr(self):
        return self.pick(
            ["a += ga.real + ga.abc"],
            ["a += getattr(ga, 'no_x', %d)" % self.k(1, 5)],
            ["try:", "    a += ga.nothing", "except AttributeError:", "    a += 2"],
            ["a += gab.x + gab.hidden %% %d" % self.k(2, 9)],
            ["gab.x = i %% %d" % self.k(2, 30), "a += gab.x"],
            ["a += hasattr(ga, 'nope') + hasattr(ga, 'yes')"],
        )

    def f_setattr(self):
        return self.pick(
            ["sa.val = a + i", "a += sa.val + sa.n % 5"],
            ["sa.val = 'v'", "a += len(sa.val)", "sa.val = i"],
            ["setattr(sa, 'val', i * %d)" % self.k(2, 9), "a += sa.val"],
        )

    def f_replace(self):
        half = self.pick("n // 2", "n // 3", "%d" % self.k(5, 100))
        return self.pick(
            ["if i == %s:" % half, "    Base.m = alt_m", "a += o.m(i % 11)"],
            ["if i == %s:" % half, "    Base.k = %d" % self.k(0, 9), "a += o.k + o.m(1)"],
            ["if i %% %d == 0:" % self.k(50, 300), "    o.m = lambda x: -x", "elif i %% %d == 7:" % self.k(50, 300),
             "    o.__dict__.pop('m', None)", "a += o.m(i % 5)"],
            ["if i == %s:" % half, "    o.__class__ = %s" % self.pick("Sub", "Base"), "a += o.m(2)"],
            ["if i == %s:" % half, "    Sub.m = Base.m", "a += so.m(i % 9)"],
        )

    def f_bound(self):
        return self.pick(
            ["a += bm(i % 17)"],
            ["if i %% %d == 0:" % self.k(100, 700), "    bm = %s" % self.pick("so.m", "oth.m", "o.m"), "a += bm(3)"],
            ["g = o.m", "a += g(i % 7) - g(1)"],
            ["a += (so.m if i % 2 else oth.m)(i % 9)"],
        )

    def f_isinst(self):
        return self.pick(
            ["x = items[i % len(items)]", "if isinstance(x, bool):", "    a += 3", "elif isinstance(x, int):", "    a += x % 7",
             "elif isinstance(x, (str, bytes)):", "    a += len(x)", "elif isinstance(x, Base):", "    a += x.m(1)",
             "elif isinstance(x, float):", "    a += int(x) if x == x and abs(x) < 1e9 else 1", "else:", "    a += 1"],
            ["x = items[(i * %d) %% len(items)]" % self.k(1, 7), "a += type(x) is int", "a += isinstance(x, Sub) * 2 + issubclass(type(x), int)"],
            ["x = objs[i % len(objs)]", "a += x.m(i % 5) if isinstance(x, Base) else x.k"],
        )

    def f_varargs(self):
        return self.pick(
            ["a += va(i, %d, *xs[:%d])" % (self.k(), self.k(0, 3))],
            ["t = (i %% %d, 2)" % self.k(2, 9), "a += va(*t) + va()"],
            ["a += kpass(i %% 5, 1, 2, b=%d, q=i %% 3)" % self.k()],
            ["a += va(*[j for j in range(i %% %d)])" % self.k(2, 6)],
        )

    def f_kwargs(self):
        return self.pick(
            ["a += kd(i %% %d)" % self.k(2, 40)],
            ["a += kd(i %% 7, %d, z=i %% 3)" % self.k()],
            ["a += kd(x=i %% 5, w=%d)" % self.k()],
            ["kw = {'z': i %% %d}" % self.k(2, 9), "a += kd(1, **kw) + va(**kw)"],
            ["a += va(p=i % 3, q=1) + kd(2, y=i % 4)"],
        )

    def f_nonlocal(self):
        return self.pick(
            ["bump(i %% %d)" % self.k(2, 9), "a += get()"],
            ["if i %% %d == 0:" % self.k(3, 60), "    bump(-get())", "a += get() % 5"],
            ["a += (lambda y: y + get())(i %% %d)" % self.k(2, 9)],
        )

    def f_tryfin(self):
        m = self.k(3, 40)
        return self.pick(
            ["try:", "    a += top(i, %d)" % m, "except KeyError as e:", "    a -= e.args[0] % 7"],
            ["try:", "    a += mid(i, %d)" % m, "finally:", "    cnt += 1"],
            ["a += fin_ret(i %% %d)" % self.k(2, 20)],
            ["try:", "    try:", "        a += thrower(i, %d)" % m, "    finally:", "        cnt += 2", "except KeyError:", "    a += 1"],
            ["for _j in range(2):", "    try:", "        if _j == 1 and i %% %d == 0:" % m, "            break", "        a += 1",
             "    finally:", "        cnt += 1"],
            ["try:", "    a += xs[i %% %d]" % self.k(3, 9), "except IndexError:", "    a += 100", "else:", "    a += 1"],
        )

    def f_comp(self):
        return self.pick(
            ["a += sum([x * %d for x in xs[:%d]])" % (self.k(), self.k(1, 6))],
            ["a += sum(x for x in range(i %% %d) if x %% 2)" % self.k(3, 12)],
            ["a += len({x %% %d for x in xs})" % self.k(2, 6)],
            ["dd = {x: x * i for x in range(%d)}" % self.k(1, 5), "a += sum(dd.values()) % 1000"],
            ["a += any(x > i %% %d for x in xs) + all(x >= 0 for x in xs)" % self.k(3, 20)],
            ["a += len([y for x in range(%d) for y in range(x) if (x + y + i) %% 3])" % self.k(1, 5)],
            ["a += max([i % 7, *xs[:2]]) + min((i, 3))"],
        )

    def f_keyfn(self):
        return self.pick(
            ["a += max(xs, key=lambda x: (x * %d) %% 7)" % self.k()],
            ["a += min(xs, key=lambda x: -x, default=0)"],
            ["a += sorted(xs, key=lambda x: x %% %d)[0]" % self.k(2, 9)],
            ["a += sorted(d, key=d.get)[0] if d else 0"],
            ["a += len(min(words, key=len)) + len(max(words, key=len))"],
            ["a += sorted(xs, reverse=i % 2 == 0)[-1]"],
        )

    def f_bigint(self):
        return self.pick(
            ["b = (b * %d + i) %% %s" % (self.k(2, 99), self.pick("2**64", "2**100 + 3", "2**127 - 1"))],
            ["b = b ^ (1 << (i %% %d))" % self.k(60, 130)],
            ["b = -b if i %% %d == 0 else b" % self.k(3, 9), "a += (b // %d) %% 9 + (b %% -%d)" % (self.k(2, 99), self.k(2, 9))],
            ["q, r = divmod(b, %s)" % self.pick("7", "-2**65", "2**63"), "a += r.bit_length() + (q > 0)"],
            ["b = (b + 2**63 - i) % 2**70", "a += b >> %d" % self.k(60, 69)],
            ["b = pow(b + 3, %d, 2**89 - 1)" % self.k(2, 5)],
            ["a += (b & 0xFFFF) + int(b > 2**62) + int(-b < -2**62)"],
        )

    def f_floatedge(self):
        return self.pick(
            ["f = f * -0.0 if i %% %d == 0 else f + 0.5" % self.k(3, 19), "a += math.copysign(1, f) < 0"],
            ["f = %s if i %% %d == 0 else f" % (self.pick("float('nan')", "float('inf')", "-float('inf')", "-0.0", "5e-324", "1e308"), self.k(3, 60)),
             "a += (f == f) + (f > 0) + (f < 0) + math.isinf(f)"],
            ["try:", "    a += int(f) % 7", "except (ValueError, OverflowError):", "    a += 9"],
            ["try:", "    g = %s / f" % self.pick("1.0", "i", "-2.5"), "    a += g > 0", "except ZeroDivisionError:", "    a += 5"],
            ["g = max(f, %s)" % self.pick("0.0", "-0.0", "float('nan')"), "a += str(g)[:2] == 'na'"],
            ["g = f %% %s if f == f and not math.isinf(f) else 0.0" % self.pick("-1.5", "2.0", "0.25"), "a += g < 0"],
            ["if f != f or math.isinf(f) or abs(f) > 1e15:", "    f = float(i %% %d)" % self.k(2, 9)],
            ["a += len(repr(f)) % 5 + (hash(f) == hash(-f)) if f == f else 3"],
        )

    def f_strbuild(self):
        return self.pick(
            ["s += str(i %% %d)" % self.k(2, 30), "if len(s) > %d:" % self.k(20, 80), "    s = s[-%d:]" % self.k(3, 15)],
            ["parts.append('%s' * (i %% 3))" % self.pick("a", "xy", "\u00e9"), "if len(parts) > %d:" % self.k(5, 30),
             "    s = ''.join(parts)[:%d]" % self.k(3, 20), "    parts.clear()"],
            ["s = f'{i:>%d}|{a %% 100:03d}'[-8:]" % self.k(2, 7), "a += len(s)"],
            ["s = ('%%d-%%s' %% (i, s))[:%d]" % self.k(5, 20), "a += s.count('-')"],
            ["s = s.upper() if i % 2 else s.lower()", "a += s.find('%s') + 1" % self.pick("1", "A", "-")],
            ["a += len(s.split('%s')) + s.startswith('1')" % self.pick("1", "-", "x")],
        )

    def f_bytes(self):
        return self.pick(
            ["ba.append(i % 256)", "if len(ba) > %d:" % self.k(10, 60), "    del ba[:%d]" % self.k(1, 10)],
            ["ba[i %% len(ba)] ^= %d" % self.k(1, 255), "a += ba[i % len(ba)]"],
            ["a += BS[i %% len(BS)] + len(BS[i %% %d:])" % self.k(2, 9)],
            ["ba.extend(b'%s')" % self.pick("xy", "\\x00\\xff", "abc"), "ba = ba[-%d:]" % self.k(4, 30)],
            ["a += sum(ba) %% %d + (bytes(ba[:3]) < b'm')" % self.k(7, 300)],
            ["a += ba.count(%d) + ba.find(b'y') + 1" % self.k(0, 255)],
        )

    def f_slice(self):
        return self.pick(
            ["a += sum(xs[i %% %d:i %% %d + 3])" % (self.k(2, 7), self.k(2, 7))],
            ["a += xs[::-1][0] + len(xs[::%d])" % self.pick(2, 3, -2)],
            ["xs[1:3] = [i %% %d, a %% 5]" % self.k(2, 30), "a += len(xs)"],
            ["if len(xs) < %d:" % self.k(6, 20), "    xs += [i % 9] * 2", "else:", "    del xs[::%d]" % self.pick(2, 3)],
            ["t = tuple(xs)[i % 3:]", "a += len(t) + (t[-1] if t else 0)"],
            ["a += len(s[::-1][:%d]) + len(s[i %% 4:])" % self.k(1, 6)],
        )

    def f_views(self):
        return self.pick(
            ["d[i %% %d] = i" % self.k(3, 30), "a += len(d.keys() & {1, 2, 3}) + sum(d.values()) % 7"],
            ["for kk, vv in d.items():", "    a += kk * vv % 3"],
            ["kv = d.keys()", "d[i %% %d] = 1" % self.k(2, 50), "a += len(kv) + (%d in kv)" % self.k(0, 9)],
            ["try:", "    for kk in d:", "        if kk %% %d == i %% 3:" % self.k(2, 5), "            d[kk + 100] = 0", "except RuntimeError:", "    a += 1",
             "for kk in [kk for kk in d if kk >= 100]:", "    del d[kk]"],
            ["a += sum(sorted(d.values())[:3]) + list(d)[-1] if d else 0"],
            ["if len(d) > %d:" % self.k(5, 40), "    d.popitem()", "a += len(d)"],
        )

    # Kinds whose fragments the recorder mostly refuses (measured with
    # only-KIND programs and HOTLOOP_JIT_PAYOFF=0): they go on rare paths
    # more often, so that the loop still compiles and they become exits.
    REFUSED = {"with", "getattr", "setattr", "bound", "isinst", "varargs", "kwargs", "floatedge", "strbuild", "bytes",
               "slice", "keyfn"}

    def fragment(self):
        kind = self.r.choice(self.kinds)
        lines = getattr(self, "f_" + kind)()
        return self.guarded(lines, kind in self.REFUSED, self.r.random())

    def kernel(self, name):
        head = self.pick("for", "for", "while", "forlist")
        lines = [
            "def %s(n, xs):" % name,
            "    a = %d" % self.k(0, 9),
            "    b = %s" % self.pick("1", "2**62 - 5", "2**70 + 1", "-3"),
            "    f = %s" % self.pick("0.0", "1.5", "-0.0"),
            "    s = ''",
            "    parts = []",
            "    d = {j: j * 2 for j in range(%d)}" % self.k(0, 6),
            "    o = %s(%d)" % (self.pick("Base", "Sub"), self.k(1, 9)),
            "    so = Sub(2)",
            "    oth = Other()",
            "    ga = GA()",
            "    gab = GAB()",
            "    sa = SA()",
            "    ba = bytearray(b'%s')" % self.pick("hello", "\\x00\\x01\\x02", "abcdefgh"),
            "    log = [0, 0, 0]",
            "    cnt = 0",
            "    bm = o.m",
            "    box = [0]",
            "",
            "    def bump(x):",
            "        nonlocal cnt",
            "        cnt += x",
            "        box[0] += 1",
            "",
            "    def get():",
            "        return cnt % 1000",
            "",
        ]
        if head == "for":
            lines.append("    for i in range(n):")
        elif head == "while":
            lines += ["    i = 0", "    while i < n:", "        i += 1"]
        else:
            lines.append("    for i in IDX[:n]:")
        body = []
        for _ in range(self.k(2, 5)):
            body += self.fragment()
        body.append("a %%= %d" % self.pick(1000003, 2**61 - 1, 99991))
        lines += ["        " + x for x in body]
        lines.append("    Base.m = BASE_M")
        lines.append("    Sub.m = SUB_M")
        lines.append("    Base.k = 3")
        lines.append("    r = (a, b, repr(f), s, parts[-3:], sorted(d.items())[:6], len(d), bytes(ba[:8]), log, cnt, box, xs[:6])")
        lines.append("    return r")
        return "\n".join(lines)

    def program(self):
        out = [PRELUDE.strip("\n"),
               "BASE_M = Base.m\nSUB_M = Sub.m\nIDX = list(range(20000))\n"
               "items = [1, 'ab', 2.5, True, Sub(1), None, b'xyz', MyInt(4), -0.0, Base(3), float('nan'), 2**70]\n"
               "objs = [Base(1), Sub(2), Other(), Sub(3)]\n"
               "words = ['pear', 'fig', 'banana', 'kiwi', 'apple']\n"
               "BS = bytes(range(7, 250, 3))"]
        names = []
        for j in range(self.k(2, 4)):
            name = "k%d" % j
            out.append(self.kernel(name))
            names.append(name)
        main = []
        for name in names:
            sizes = [self.pick(10000, 20000, 40000) // self.scale, self.k(1, 9), 0, 100, self.k(10, 60), self.pick(5000, 20000) // self.scale]
            xs = [self.k(0, 20) for _ in range(self.k(1, 6))]
            main.append("for n in %r:\n    print(%r, n, %s(n, %r), FIN)" % (tuple(sizes), name, name, xs))
        return "\n\n\n".join(out) + "\n\n\n" + "\n".join(main) + "\n"


def main():
    seed = int(sys.argv[1])
    profile = sys.argv[2] if len(sys.argv) > 2 else "mix"
    sys.stdout.write(Shapes(seed, profile).program())


if __name__ == "__main__":
    main()
