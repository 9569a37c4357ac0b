#!/usr/bin/env python3
"""Hot loops over the shapes session 26's hunt named as never generated.

Usage: gen_more.py SEED [PROFILE] > prog.py

PROFILE is `mix` (all families), one family name, or `only-KIND[+KIND]`
for the fragments of the named kinds (`f_KIND` methods) only; a PROFILE
ending in `-small` has loops ten times shorter (for --gcstress runs).
The families:

- `objects`: `__slots__` classes (slots inherited, a subclass with a
  __dict__, `'__dict__'` in __slots__, a slot deleted then read), classes
  made by `type(name, bases, ns)`, a metaclass with `__call__` and
  `__getattr__`, class attributes shadowed by instance attributes mid-loop;
- `recur`: recursive functions called from hot loops, recursion past the
  limit caught in the loop (RecursionError), mutual recursion, recursion
  through `__eq__`/`__hash__`;
- `gens`: send/throw/close in loops, `yield from` chains, generator
  expressions consumed by sum/any/all/min/max, generators abandoned
  mid-iteration (without finally blocks: hotloop has no finalizers), try
  in generators;
- `async`: coroutines driven by hand with `send(None)`, awaits of custom
  awaitables, async generators and `async with`, rarely `asyncio.run`;
  `threading.Thread` running a loop, joined at once;
- `exc`: `except*` and ExceptionGroup, `raise ... from` (also `from None`),
  return in finally overriding, else/finally with break/continue;
- `nums`: int/float/complex mixes, divmod, 3-argument pow with negative
  exponents, round with ndigits, bit_length/to_bytes/from_bytes, huge
  shifts, float formatting (repr, %g, format specs).

Each program has 2-3 kernels; a kernel is one function with one loop of
thousands of iterations whose body is 2-5 fragments, some only on paths
taken by phase or by i % k. Each kernel runs at a long size, short ones,
then a long one again, and prints its state.
"""

import sys

from genprofile import KernelGen, under

PRELUDE = '''
import math
import threading


class P2:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm(self):
        return self.x * self.x + self.y * self.y


class P3(P2):
    __slots__ = ("z",)

    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z

    def norm(self):
        return super().norm() + self.z * self.z


class PD(P2):
    """A subclass without __slots__: its instances have a __dict__ too."""

    def __init__(self, x, y):
        super().__init__(x, y)
        self.w = 1


class SDict:
    __slots__ = ("a", "__dict__")

    def __init__(self, a):
        self.a = a


class Meta(type):
    made = [0]

    def __call__(cls, *args, **kw):
        Meta.made[0] += 1
        return super().__call__(*args, **kw)

    def __getattr__(cls, name):
        if name.startswith("no"):
            raise AttributeError(name)
        return len(name)


class MK(metaclass=Meta):
    k = 2

    def __init__(self, v):
        self.v = v

    def m(self, x):
        return x * self.k + self.v


class MK2(MK):
    k = 3


Dyn = type("Dyn", (MK2,), {"k": 4, "m2": lambda self, x: x - self.k})
Plain = type("Plain", (), {"c": 1, "__init__": lambda self, c=None: None if c is None else setattr(self, "c", c)})


class Shadow:
    c = 10

    def get(self):
        return self.c


def rec_sum(n):
    return 0 if n <= 0 else n % 7 + rec_sum(n - 1)


def rec_fib(n):
    return n if n < 2 else rec_fib(n - 1) + rec_fib(n - 2)


def is_even(n):
    return True if n == 0 else is_odd(n - 1)


def is_odd(n):
    return False if n == 0 else is_even(n - 1)


def deep(n):
    return deep(n + 1) + 1


def rec_acc(n, acc):
    if n == 0:
        return acc
    return rec_acc(n - 1, acc + n % 3)


def rec_raise(n):
    if n == 0:
        raise KeyError("bottom")
    try:
        return rec_raise(n - 1)
    finally:
        RLOG[0] += 1


class HEq:
    def __init__(self, v, inner=None):
        self.v = v
        self.inner = inner

    def __eq__(self, o):
        return isinstance(o, HEq) and self.v == o.v and self.inner == o.inner

    def __hash__(self):
        return hash((self.v, self.inner))


def heq_chain(k, v):
    x = None
    for j in range(k):
        x = HEq(v + j, x)
    return x


RLOG = [0]
GLOG = [0, 0, 0]


def acc_gen():
    total = 0
    while True:
        try:
            x = yield total
        except ValueError:
            total = -total
        except GeneratorExit:
            GLOG[0] += 1
            raise
        else:
            if x is not None:
                total += x


def sub_gen(k):
    for j in range(k):
        yield j
    return k * 10


def mid_gen(k):
    r = yield from sub_gen(k)
    yield r


def top_gen(k):
    yield from mid_gen(k)
    yield from (x * 2 for x in range(k))


def try_gen(k):
    for j in range(k):
        try:
            if j % 3 == 2:
                raise KeyError(j)
            yield j
        except KeyError:
            yield -1
        finally:
            GLOG[1] += 1


def count_gen(k):
    j = 0
    while j < k:
        yield j
        j += 1


async def aadd(x, y):
    return x + y


async def achain(x):
    v = await aadd(x, 1)
    return await aadd(v, 2)


class Tick:
    def __await__(self):
        x = yield "tick"
        return 5 if x is None else x


async def aticks(k):
    s = 0
    for j in range(k):
        s += await Tick()
    return s


async def agen(k):
    for j in range(k):
        yield j


async def aconsume(k):
    s = 0
    async for v in agen(k):
        s += v
    return s + len([v async for v in agen(2)])


class ACM:
    def __init__(self, log):
        self.log = log

    async def __aenter__(self):
        self.log[0] += 1
        return 3

    async def __aexit__(self, et, ev, tb):
        self.log[1] += 1
        return et is KeyError


async def awith(log, x):
    async with ACM(log) as c:
        if x % 4 == 0:
            raise KeyError(x)
        return c + x
    return -1


def drive(coro):
    n = 0
    try:
        while True:
            coro.send(None)
            n += 1
    except StopIteration as e:
        return (e.value or 0) + n


def work(k, out):
    s = 0
    for j in range(k):
        s += j * j % 7
    out.append(s)


def egroup(x):
    errs = [ValueError(x), KeyError(x % 5)]
    if x % 3 == 0:
        errs.append(TypeError("t"))
    raise ExceptionGroup("eg", errs)


def fin_over(x):
    try:
        return 100 // (x % 4)
    finally:
        if x % 4 == 0 or x % 3 == 1:
            return -1


def fin_else(x):
    try:
        y = 10 // (x % 3)
    except ZeroDivisionError:
        return 0
    else:
        return y
    finally:
        RLOG[0] += 1


def chained(x):
    try:
        {}[x]
    except KeyError as e:
        if x % 2:
            raise ValueError(x) from e
        raise ValueError(-x) from None
'''


class More(KernelGen):
    """Builds one program from a seeded random source."""

    KINDS = {
        "objects": ["slots", "slotdel", "meta", "shadow"],
        "recur": ["recur", "reclimit", "mutual", "receq"],
        "gens": ["gensend", "yfrom", "genexp", "abandon"],
        "async": ["coro", "agen", "thread"],
        "exc": ["egroup", "raisefrom", "finret"],
        "nums": ["mixnum", "divpow", "rounding", "bits", "fmt"],
    }
    # Kinds that cost much per run (a thread, asyncio.run, recursion past
    # the limit): always on rare paths.
    HEAVY = {"reclimit", "thread"}

    def __init__(self, seed, profile):
        super().__init__(seed, profile, 7727)
        if self.scale > 1:
            # Under GCSTRESS every allocation collects and scans the whole
            # stack: recursion 1,000 deep made programs run 200 s.
            self.kinds = [x for x in self.kinds if x != "reclimit"]

    # Fragments: lists of lines over the kernel's variables i, n, a, b, f,
    # z, s, cnt, log, out, p, q, sd, pd, mk, sh, g (and prelude names).

    def f_slots(self):
        return self.pick(
            ["p.x = i %% %d" % self.k(2, 50), "a += p.x + p.y"],
            ["a += p.norm() %% %d" % self.k(7, 99)],
            ["q.z = (q.z + i) %% %d" % self.k(5, 99), "a += q.norm() % 1000 + q.x"],
            ["try:", "    p.nope = i", "except AttributeError:", "    a += 1"],
            ["pd.x = i %% %d" % self.k(2, 30), "pd.w = pd.x + 1", "a += pd.x + pd.w + len(pd.__dict__) * 0"],
            ["sd.a = i %% %d" % self.k(2, 30), "sd.e = sd.a * 2", "a += sd.a + sd.e + ('e' in sd.__dict__)"],
            ["t = P2(i, %d) if i %% 2 else P3(i, 1, %d)" % (self.k(), self.k()), "a += t.norm() % 97 + hasattr(t, 'z')"],
            ["a += isinstance(p, P2) + hasattr(p, '__dict__') + hasattr(pd, '__dict__') + len(P3.__slots__)"],
        )

    def f_slotdel(self):
        m = self.k(3, 40)
        return self.pick(
            ["if i %% %d == 0:" % m, "    del p.y", "try:", "    a += p.y", "except AttributeError:", "    a += 7",
             "    p.y = i % 5"],
            ["if i %% %d == 1:" % m, "    del q.z", "a += getattr(q, 'z', -1) % 11", "if not hasattr(q, 'z'):", "    q.z = 2"],
            ["t = P3.__new__(P3)", "try:", "    a += t.x", "except AttributeError:", "    a += 3", "t.x = i",
             "a += t.x % 9"],
        )

    def f_meta(self):
        return self.pick(
            ["mk = %s(i %% %d)" % (self.pick("MK", "MK2", "Dyn"), self.k(2, 30)), "a += mk.m(2) + Meta.made[0] % 5"],
            ["a += mk.m(i %% %d) + MK.abc + %s.k" % (self.k(2, 9), self.pick("MK", "MK2", "Dyn"))],
            ["try:", "    a += MK.nothing", "except AttributeError:", "    a += 2"],
            ["a += getattr(Dyn, 'no_x', %d) + Dyn.xyz + Dyn(1).m2(i %% 7)" % self.k()],
            ["C = type('C%d', (%s,), {'k': i %% %d})" % (self.k(), self.pick("MK", "MK2", "object"), self.k(2, 9)),
             "a += C.k + len(C.__name__) + (type(C) is Meta)"],
            ["pl = Plain(i %% %d) if i %% 3 else Plain()" % self.k(2, 9), "a += pl.c + Plain.c"],
            ["if i %% %d == 0:" % self.k(50, 500), "    MK.k = i % 5", "a += mk.m(1) + MK2.k"],
        )

    def f_shadow(self):
        half = self.pick("n // 2", "n // 3", "%d" % self.k(5, 100))
        return self.pick(
            ["if i == %s:" % half, "    sh.c = -1", "a += sh.c + sh.get()"],
            ["if i %% %d == 0:" % self.k(20, 300), "    sh.c = i % 7", "elif i %% %d == 3:" % self.k(20, 300),
             "    sh.__dict__.pop('c', None)", "a += sh.get()"],
            ["if i == %s:" % half, "    Shadow.c = %d" % self.k(0, 20), "a += sh.c + Shadow.c"],
            ["if i == %s:" % half, "    sh.get = lambda: 100", "a += sh.get()"],
            ["if i == %s:" % half, "    pl.c = 9", "a += pl.c"],
        )

    def f_recur(self):
        return self.pick(
            ["a += rec_sum(i %% %d)" % self.k(5, 60)],
            ["a += rec_fib(i %% %d)" % self.k(3, 14)],
            ["a += rec_acc(i %% %d, a %% 7)" % self.k(10, 200)],
            ["try:", "    a += rec_raise(i %% %d)" % self.k(1, 20), "except KeyError:", "    a += 1"],
            ["a += rec_sum(%d)" % (self.k(300, 800) // self.scale)],
        )

    def f_reclimit(self):
        return self.pick(
            ["try:", "    a += deep(0)", "except RecursionError:", "    cnt += 1"],
            ["try:", "    a += rec_sum(%d)" % self.k(5000, 20000), "except RecursionError:", "    cnt += 2"],
            ["try:", "    a += is_even(%d)" % self.k(3000, 9000), "except RecursionError:", "    cnt += 3"],
        )

    def f_mutual(self):
        return self.pick(
            ["a += is_even(i %% %d) * 2 + is_odd(i %% %d)" % (self.k(5, 90), self.k(5, 90))],
            ["a += is_even(%d)" % (self.k(100, 600) // self.scale)],
        )

    def f_receq(self):
        return self.pick(
            ["h = heq_chain(%d, i %% %d)" % (self.k(1, 30), self.k(2, 5)), "a += (h == heq_chain(%d, i %% 3)) + (h in hs)" % self.k(1, 30)],
            ["hs.add(heq_chain(i %% %d, %d))" % (self.k(2, 25), self.k(0, 3)), "a += len(hs)"],
            ["a += hash(heq_chain(%d, i %% 4)) == hash(heq_chain(%d, i %% 4))" % (self.k(1, 20), self.k(1, 20))],
        )

    def f_gensend(self):
        return self.pick(
            ["a += g.send(i %% %d) %% 1000" % self.k(2, 50)],
            ["if i %% %d == 0:" % self.k(5, 80), "    a += g.throw(ValueError) % 97", "else:", "    a += next(g) % 97"],
            ["if i %% %d == 0:" % self.k(50, 900), "    g.close()", "    g = acc_gen()", "    next(g)", "a += g.send(1) % 13"],
            ["tg = try_gen(i %% %d)" % self.k(2, 9), "a += sum(tg)"],
            ["cg = count_gen(%d)" % self.k(2, 9), "for v in cg:", "    if v == i % 4:", "        break", "    a += v",
             "cg.close()"],
        )

    def f_yfrom(self):
        return self.pick(
            ["a += sum(top_gen(i %% %d))" % self.k(2, 12)],
            ["a += list(mid_gen(i %% %d))[-1]" % self.k(1, 9)],
            ["mg = mid_gen(%d)" % self.k(3, 9), "a += next(mg) + next(mg)", "mg.close()"],
            ["a += max(top_gen(%d), default=-1)" % self.k(0, 6)],
        )

    def f_genexp(self):
        m = self.k(2, 20)
        return self.pick(
            ["a += sum(x * x for x in range(i %% %d))" % m],
            ["a += any(x %% %d == 0 for x in range(1, i %% 9 + 1)) + all(x < %d for x in range(i %% 6))" % (self.k(2, 7), m)],
            ["a += min((x ^ i) %% %d for x in range(1, 5)) + max(x %% 7 for x in (i, a, %d))" % (m, self.k())],
            ["a += sum(1 for x in range(i %% %d) if x %% 3)" % m],
            ["a += sum(v for v in count_gen(i %% %d))" % m],
        )

    def f_abandon(self):
        return self.pick(
            ["cg = count_gen(%d)" % self.k(5, 50), "for v in cg:", "    if v > i %% %d:" % self.k(2, 9), "        break",
             "a += v"],
            ["it = iter(sub_gen(%d))" % self.k(3, 20), "a += next(it) + next(it, 0)"],
            ["gs.append(count_gen(i + 1))", "next(gs[-1])", "if len(gs) > %d:" % self.k(3, 30), "    a += next(gs.pop(0), 0) % 7"],
            ["a += next(x for x in range(i %% %d, 100) if x %% 5 == 0)" % self.k(2, 60)],
        )

    def f_coro(self):
        return self.pick(
            ["a += drive(achain(i %% %d))" % self.k(2, 90)],
            ["a += drive(aticks(i %% %d))" % self.k(1, 6)],
            ["c = aticks(%d)" % self.k(1, 4), "a += len(c.send(None))", "try:", "    while True:", "        c.send(i % 3)",
             "except StopIteration as e:", "    a += e.value"],
            ["a += drive(awith(log, i))"],
            ["c = achain(i)", "c.close()", "a += 1"],
        )

    def f_agen(self):
        return self.pick(
            ["a += drive(aconsume(i %% %d))" % self.k(1, 8)],
            ["ag = agen(%d)" % self.k(2, 6), "try:", "    ag.__anext__().send(None)", "except StopIteration as e:",
             "    a += e.value + 1"],
        )

    def f_thread(self):
        # CPython runs the threads at once: only sums over each batch's
        # results are deterministic, not their order in out.
        nt = self.k(2, 3)
        return self.pick(
            ["t = threading.Thread(target=work, args=(i %% %d, out))" % self.k(50, 3000), "t.start()", "t.join()",
             "a += out[-1] % 1000"],
            ["ts = [threading.Thread(target=work, args=(j * %d, out)) for j in range(%d)]" % (self.k(10, 500), nt),
             "for t in ts:", "    t.start()", "for t in ts:", "    t.join()", "a += sum(out[-%d:]) %% 1000" % nt],
            ["import asyncio", "a += asyncio.run(achain(i)) % 100"],
        )

    def f_egroup(self):
        return self.pick(
            ["try:", "    egroup(i)", "except* ValueError as e:", "    a += len(e.exceptions)", "except* KeyError as e:",
             "    a += e.exceptions[0].args[0]", "except* TypeError:", "    cnt += 1"],
            ["try:", "    try:", "        egroup(i)", "    except* KeyError:", "        a += 2", "except ExceptionGroup as e:",
             "    a += len(e.exceptions) * 3"],
            ["eg = ExceptionGroup('x', [ValueError(i %% %d), TypeError(1)])" % self.k(2, 9),
             "m, rest = eg.split(ValueError)", "a += len(m.exceptions) + len(rest.exceptions) + m.exceptions[0].args[0]"],
        )

    def f_raisefrom(self):
        return self.pick(
            ["try:", "    chained(i)", "except ValueError as e:",
             "    a += (e.__cause__ is not None) * 2 + e.__suppress_context__ + (e.__context__ is not None) + e.args[0] % 5"],
            ["try:", "    try:", "        a += 10 // (i %% %d)" % self.k(2, 9), "    except ZeroDivisionError as e:",
             "        raise KeyError(i) from e", "except KeyError as e:", "    a += type(e.__cause__) is ZeroDivisionError"],
            ["try:", "    raise ValueError(i) from TypeError(i %% %d)" % self.k(2, 9), "except ValueError as e:",
             "    a += e.__cause__.args[0]"],
        )

    def f_finret(self):
        return self.pick(
            ["a += fin_over(i)"],
            ["a += fin_else(i)"],
            ["for _j in range(3):", "    try:", "        if (i + _j) %% %d == 0:" % self.k(2, 7), "            continue",
             "        a += _j", "    finally:", "        cnt += 1"],
            ["while True:", "    try:", "        a += 1", "        break", "    finally:", "        cnt += 1"],
            ["try:", "    a += i %% %d" % self.k(2, 9), "except ValueError:", "    a = 0", "else:", "    cnt += 1", "finally:",
             "    a += 1"],
        )

    def f_mixnum(self):
        return self.pick(
            ["z = z * %s + complex(i %% %d, -(i %% 3))" % (self.pick("0.5", "0.25j", "(0.5-0.5j)"), self.k(2, 9)),
             "a += int(abs(z)) % 100"],
            ["f = (f + i * %s) %% %s" % (self.pick("0.1", "1.5", "-0.7", "3"), self.pick("1000.0", "7.5", "-3.25")),
             "a += int(f) + (f > a)"],
            ["b = b * %d + i if b < 2**%d else b // %d" % (self.k(2, 9), self.k(40, 90), self.k(1000, 99999)),
             "a += (b > f) + (b == float(b)) + (b % 7 < f)" ],
            ["a += (i * 0.5 == i // 2) + (True + i) %% 3 + (%d ** 2 / 4 > i)" % self.k(1, 300)],
            ["w = complex(f, i %% %d)" % self.k(2, 9), "a += (w.real > w.imag) + (w == f) + int((w * w.conjugate()).real) % 7"],
            ["a += int(i ** 0.5) + int((i + 1) ** -1 * 1000) + int(2 ** (i % 70) % 1000)"],
        )

    def f_divpow(self):
        return self.pick(
            ["qq, rr = divmod(i - %d, %s)" % (self.k(0, 500), self.pick("7", "-3", "2**65", "-2.5", "0.75")), "a += int(qq + rr) % 100"],
            ["a += pow(i % 1000 + 1, -1, 1000003) % 100"],
            ["a += pow(i, %d, %s)" % (self.k(0, 20), self.pick("97", "2**61 - 1", "-13", "10**12"))],
            ["a += int(pow(%s, -%d) * 1000) %% 50" % (self.pick("2", "-3", "2.5", "(i % 7 + 1)"), self.k(1, 6))],
            ["try:", "    a += pow(i %% %d, -1, %d)" % (self.k(2, 12), self.pick(6, 10, 12)), "except ValueError:", "    cnt += 1"],
            ["a += (-i) // %d + (-i) %% %d + int(-i / %d)" % (self.k(2, 9), self.k(2, 9), self.k(2, 9))],
            ["try:", "    a += int(%s %% (i %% %d))" % (self.pick("f", "b", "i"), self.k(2, 5)), "except ZeroDivisionError:", "    cnt += 1"],
        )

    def f_rounding(self):
        return self.pick(
            ["a += int(round(i * %s, %d) * 100) %% 97" % (self.pick("0.125", "1.005", "0.3333", "2.675", "-0.5"), self.k(0, 3))],
            ["a += round(i * %d, -%d) %% 1000" % (self.k(1, 99), self.k(1, 3))],
            ["a += round(i / 2) + round(-i / 2) + round(i + 0.5)"],
            ["s = repr(round(i * %s, %d))" % (self.pick("0.1", "1.1", "1e-3", "12345.678"), self.k(0, 4)), "a += len(s)"],
            ["a += math.floor(i / %s) + math.ceil(-i / %s) + math.trunc(i * -0.3)" % (self.pick("3", "0.7"), self.pick("7", "2.5"))],
        )

    def f_bits(self):
        return self.pick(
            ["a += (i * %d).bit_length() + (-i).bit_length() + b.bit_length()" % self.k(1, 99999)],
            ["bb = (i * %d %% 2**24).to_bytes(%d, '%s')" % (self.k(1, 9999), self.k(3, 9), self.pick("big", "little")),
             "a += bb[0] + int.from_bytes(bb, 'little') % 1000"],
            ["a += int.from_bytes((-(i %% %d)).to_bytes(4, 'big', signed=True), 'big', signed=True)" % self.k(2, 999)],
            ["b = (b ^ (1 << (i %% %d))) >> %d" % (self.k(60, 400), self.k(0, 3)), "a += b % 1000"],
            ["a += (i << %d) >> %d" % (self.k(30, 200), self.k(30, 200))],
            ["a += (-i >> %d) + (b >> %d) + (1 << %d) %% 97" % (self.k(1, 100), self.k(100, 2000), self.k(60, 1000))],
            ["a += (i & -i) + (~i & 0xFF) + (i | 2**%d) %% 89 + bin(i).count('1')" % self.k(30, 80)],
        )

    def f_fmt(self):
        val = self.pick("i * 1.1", "i / 7", "f", "i * 1e%d" % self.k(-30, 30), "-i * 0.25", "float(i) ** 3")
        spec = self.pick(".3f", "g", ".2e", "10.4f", "+.1f", ".0%", ",.2f", "<12g", ".15g", "#.3g", "e", "_.1f", "")
        return self.pick(
            ["s = f'{%s:%s}'" % (val, spec), "a += len(s) + s.count('0')"],
            ["s = '%%%s' %% (%s)" % (self.pick("g", ".3g", "e", ".10g", "r", "5.2f", "-8.1e"), val if self.r.random() < 0.7 else "i"),
             "s += '%%%s' %% i" % self.pick("#x", "o", "5d", "-4d", "+d", "x"),
             "a += len(s)"],
            ["s = repr(%s)" % val, "a += len(s) + s.find('e')"],
            ["s = format(i * %d, '%s')" % (self.k(1, 99999), self.pick(",", "_x", "#o", "08b", "+d", "^9", "X", "n")),
             "a += len(s)"],
            ["s = str(%s) + '|' + f'{i!r:>6}'" % val, "a += len(s)"],
            ["s = f'{z}' + f'{%s:.2f}'" % self.pick("z.real", "abs(z)", "z.imag"), "a += len(s)"],
        )

    # Kinds whose fragments the recorder mostly refuses (measured with
    # only-KIND programs unguarded, HOTLOOP_JIT_PAYOFF=0: every kind but
    # these three aborted 80-100% of its loops, e.g. on complex(), FORMAT,
    # GETANEXT, generator sends, type() calls) go on rare paths more often,
    # so that the loop still compiles and they become exits.
    COMPILED = {"shadow", "finret", "abandon"}

    def fragment(self):
        kind = self.r.choice(self.kinds)
        lines = getattr(self, "f_" + kind)()
        guard = self.r.random()
        if kind in self.HEAVY:
            return under("if i %% %d == %d:" % (self.k(400, 3000) // self.scale, self.k(0, 9)), lines)
        return self.guarded(lines, kind not in self.COMPILED, guard)

    def kernel(self, name):
        head = self.pick("for", "for", "while")
        lines = [
            "def %s(n):" % name,
            "    a = %d" % self.k(0, 9),
            "    b = %s" % self.pick("1", "2**62 - 5", "2**70 + 1", "-3"),
            "    f = %s" % self.pick("0.0", "1.5", "-0.0"),
            "    z = %s" % self.pick("0j", "(1+2j)", "complex(-1, 0.5)"),
            "    s = ''",
            "    cnt = 0",
            "    log = [0, 0]",
            "    out = [0]",
            "    p = P2(%d, %d)" % (self.k(), self.k()),
            "    q = P3(1, 2, %d)" % self.k(),
            "    pd = PD(%d, 2)" % self.k(),
            "    sd = SDict(%d)" % self.k(),
            "    mk = %s(%d)" % (self.pick("MK", "MK2", "Dyn"), self.k()),
            "    sh = Shadow()",
            "    pl = Plain()",
            "    hs = set()",
            "    gs = []",
            "    g = acc_gen()",
            "    next(g)",
        ]
        if head == "for":
            lines.append("    for i in range(n):")
        else:
            lines += ["    i = 0", "    while i < n:", "        i += 1"]
        body = []
        for _ in range(self.k(2, 5)):
            body += self.fragment()
        body.append("a %%= %d" % self.pick(1000003, 2**61 - 1, 99991))
        lines += ["        " + x for x in body]
        lines.append("    g.close()")
        lines.append("    Shadow.c = 10")
        lines.append("    MK.k = 2")
        lines.append("    r = (a, b % 10**20, repr(f), repr(z), s[-12:], cnt, log, sum(out), p.x, getattr(p, 'y', None), "
                     "q.norm(), pd.w, sd.a, len(hs), len(gs), sh.get(), Meta.made[0] > 0, RLOG[0], GLOG)")
        lines.append("    return r")
        return "\n".join(lines)

    def program(self):
        out = [PRELUDE.strip("\n")]
        names = []
        for j in range(self.k(2, 3)):
            name = "k%d" % j
            out.append(self.kernel(name))
            names.append(name)
        main = []
        for name in names:
            sizes = [self.pick(6000, 12000, 20000) // self.scale, self.k(1, 9), 0, 100, self.k(10, 60),
                     self.pick(3000, 10000) // self.scale]
            main.append("for n in %r:\n    print(%r, n, %s(n))" % (tuple(sizes), name, name))
        return "\n\n\n".join(out) + "\n\n\n" + "\n".join(main) + "\n"


def main():
    seed = int(sys.argv[1])
    profile = sys.argv[2] if len(sys.argv) > 2 else "mix"
    sys.stdout.write(More(seed, profile).program())


if __name__ == "__main__":
    main()
