// speed15_test.go checks the interpreter fast paths of session 15
// (docs/vm.md "Interpreter speed (session 15)"): each program's expected
// output was produced by CPython 3.11 (python3), and each runs with and
// without GC stress. The programs put the fast path and the generic path of
// the same operation side by side, so a fast path that goes wrong shows as
// a line that differs.

package vm

import "testing"

// speed15Programs maps a test name to its program and CPython's output.
var speed15Programs = map[string]struct{ src, want string }{
	// an int ADD, SUB or comparison right after a LOADCONST: done in the
	// LOADCONST's dispatch, with overflow into big ints, every comparison
	// and both jump senses, the same operations on registers (the generic
	// cases) beside them, and operands that are not ints
	"ConstOps": {`# LOADCONST followed by an int ADD/SUB/compare: done in one dispatch
big = 2**62
def f(n):
    one = 1
    two = 2
    r = [n - 1, n + 1, 1 - n, 1 + n, n - one, n + one]
    r.append((n < 2, n <= 2, n == 2, n != 2, n > 2, n >= 2))
    r.append((2 < n, 2 <= n, 2 == n, 2 != n, 2 > n, 2 >= n))
    r.append((n < two, n <= two, n == two, n != two, n > two, n >= two))
    if n < 2:
        r.append("lt")
    if not n < 2:
        r.append("ge")
    if n > 2:
        r.append("gt")
    if n == 2:
        r.append("eq")
    r.append(n * 2 + 3 - 4)
    return r

for n in [-2**63, -2**63 + 1, -5, 0, 1, 2, 3, 2**62, 2**63 - 1, 2**63, 2**64, -2**64]:
    print(n, f(n))

def g(x):
    return [x - 1, x + 1, x < 2, 2 < x, x == 2]

for x in [1.5, 2.0, True, False, 10**30]:
    print(g(x))
def h(s):
    try:
        return s - 1
    except TypeError as e:
        return type(e).__name__, str(e)
print(h("a"), h(None))
def k(s):
    try:
        return s < 2
    except TypeError as e:
        return type(e).__name__, str(e)
print(k("a"), k([1]))
def countdown(n):
    out = []
    while n > 0:
        out.append(n)
        n = n - 1
    return out
print(countdown(5))
def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)
print([fib(i) for i in range(15)])
`, `-9223372036854775808 [-9223372036854775809, -9223372036854775807, 9223372036854775809, -9223372036854775807, -9223372036854775809, -9223372036854775807, (True, True, False, True, False, False), (False, False, False, True, True, True), (True, True, False, True, False, False), 'lt', -18446744073709551617]
-9223372036854775807 [-9223372036854775808, -9223372036854775806, 9223372036854775808, -9223372036854775806, -9223372036854775808, -9223372036854775806, (True, True, False, True, False, False), (False, False, False, True, True, True), (True, True, False, True, False, False), 'lt', -18446744073709551615]
-5 [-6, -4, 6, -4, -6, -4, (True, True, False, True, False, False), (False, False, False, True, True, True), (True, True, False, True, False, False), 'lt', -11]
0 [-1, 1, 1, 1, -1, 1, (True, True, False, True, False, False), (False, False, False, True, True, True), (True, True, False, True, False, False), 'lt', -1]
1 [0, 2, 0, 2, 0, 2, (True, True, False, True, False, False), (False, False, False, True, True, True), (True, True, False, True, False, False), 'lt', 1]
2 [1, 3, -1, 3, 1, 3, (False, True, True, False, False, True), (False, True, True, False, False, True), (False, True, True, False, False, True), 'ge', 'eq', 3]
3 [2, 4, -2, 4, 2, 4, (False, False, False, True, True, True), (True, True, False, True, False, False), (False, False, False, True, True, True), 'ge', 'gt', 5]
4611686018427387904 [4611686018427387903, 4611686018427387905, -4611686018427387903, 4611686018427387905, 4611686018427387903, 4611686018427387905, (False, False, False, True, True, True), (True, True, False, True, False, False), (False, False, False, True, True, True), 'ge', 'gt', 9223372036854775807]
9223372036854775807 [9223372036854775806, 9223372036854775808, -9223372036854775806, 9223372036854775808, 9223372036854775806, 9223372036854775808, (False, False, False, True, True, True), (True, True, False, True, False, False), (False, False, False, True, True, True), 'ge', 'gt', 18446744073709551613]
9223372036854775808 [9223372036854775807, 9223372036854775809, -9223372036854775807, 9223372036854775809, 9223372036854775807, 9223372036854775809, (False, False, False, True, True, True), (True, True, False, True, False, False), (False, False, False, True, True, True), 'ge', 'gt', 18446744073709551615]
18446744073709551616 [18446744073709551615, 18446744073709551617, -18446744073709551615, 18446744073709551617, 18446744073709551615, 18446744073709551617, (False, False, False, True, True, True), (True, True, False, True, False, False), (False, False, False, True, True, True), 'ge', 'gt', 36893488147419103231]
-18446744073709551616 [-18446744073709551617, -18446744073709551615, 18446744073709551617, -18446744073709551615, -18446744073709551617, -18446744073709551615, (True, True, False, True, False, False), (False, False, False, True, True, True), (True, True, False, True, False, False), 'lt', -36893488147419103233]
[0.5, 2.5, True, False, False]
[1.0, 3.0, False, False, True]
[0, 2, True, False, False]
[-1, 1, True, False, False]
[999999999999999999999999999999, 1000000000000000000000000000001, False, True, False]
('TypeError', "unsupported operand type(s) for -: 'str' and 'int'") ('TypeError', "unsupported operand type(s) for -: 'NoneType' and 'int'")
('TypeError', "'<' not supported between instances of 'str' and 'int'") ('TypeError', "'<' not supported between instances of 'list' and 'int'")
[5, 4, 3, 2, 1]
[0, 1, 1, 2, 3, 5, 8, 13, 21, 34, 55, 89, 144, 233, 377]
`},
	// the loop's fast path for exact positional calls of Python functions:
	// recursion across frame-record chunks (256 records each) both ways,
	// registers cleared between calls (UnboundLocalError), closures, the
	// recursion limit, calls that leave the fast path (wrong argument
	// counts, defaults, generators, __init__), and LOADGLOBAL's cache of a
	// name found in the globals vs the builtins
	"CallPaths": {`# Python-to-Python calls through the loop's fast path: deep recursion across
# frame-record chunks, registers cleared between calls, closures, limits
import sys

def depth(n):
    if n == 0:
        return 0
    return depth(n - 1) + 1

print(depth(10), depth(255), depth(256), depth(257), depth(700))

def down_up(n, acc):
    if n == 0:
        return acc
    r = down_up(n - 1, acc + [n]) if n % 3 else down_up(n - 1, acc)
    return r

print(len(down_up(600, [])))

def maybe(flag, v):
    if flag:
        x = v
    return x

print(maybe(True, 5))
try:
    print(maybe(False, 6))
except UnboundLocalError as e:
    print(type(e).__name__, e)

def odd_regs(a, b, c):
    t = a + b
    u = t * c
    return u - a

def even_regs(a):
    return a

print(sum(odd_regs(i, 2, 3) for i in range(10)), [even_regs(i) for i in range(3)])

def adder(k):
    def add(x):
        return x + k
    return add

add5 = adder(5)
print([add5(i) for i in range(5)])

def count_closure(n):
    total = 0
    def step(i):
        nonlocal total
        total += i
        return total
    for i in range(n):
        step(i)
    return total

print(count_closure(100))

def boom(n):
    if n == 0:
        raise ValueError("bottom")
    return boom(n - 1)

for d in (3, 255, 256, 300):
    try:
        boom(d)
    except ValueError as e:
        print(d, e, depth(d))

old = sys.getrecursionlimit()
sys.setrecursionlimit(300)
try:
    depth(1000)
except RecursionError as e:
    print(type(e).__name__, e)
sys.setrecursionlimit(old)
print(depth(500))

def inf(n):
    return inf(n + 1)
try:
    inf(0)
except RecursionError as e:
    print(type(e).__name__, e)
print(depth(900))

def wrong(a, b):
    return a

try:
    wrong(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    wrong(1, 2, 3)
except TypeError as e:
    print(type(e).__name__, e)

def defaults(a, b=10):
    return a + b
print(defaults(1), defaults(1, 2))

def gen(n):
    yield n
    yield n + 1
print(list(gen(3)))

class C:
    def __init__(self, v):
        self.v = v
    def get(self):
        return self.v
print(C(4).get(), C.get(C(5)))

def uses_len(x):
    return len(x)
print(uses_len([1, 2]))
def len(x):
    return 42
print(uses_len([1, 2]))
del len
print(uses_len([1, 2, 3]))
import builtins
def uses_foo():
    return foo
builtins.foo = 1
print(uses_foo())
builtins.foo = 2
print(uses_foo())
foo = 3
print(uses_foo())
builtins.foo = 4
print(uses_foo())
del foo
print(uses_foo())
del builtins.foo
try:
    uses_foo()
except NameError as e:
    print(type(e).__name__, e)
`, `10 255 256 257 700
400
5
UnboundLocalError cannot access local variable 'x' where it is not associated with a value
150 [0, 1, 2]
[5, 6, 7, 8, 9]
4950
3 bottom 3
255 bottom 255
256 bottom 256
300 bottom 300
RecursionError maximum recursion depth exceeded
500
RecursionError maximum recursion depth exceeded
900
TypeError wrong() missing 1 required positional argument: 'b'
TypeError wrong() takes 2 positional arguments but 3 were given
11 3
[3, 4]
4 5
2
42
3
1
2
3
3
4
NameError name 'foo' is not defined
`},
	// FORITER over a tuple with the UNPACK of its item done in the same step
	// (wrong sizes and non-tuple items leave it), UNPACK of an exact tuple,
	// and a native type's Go __getitem__ and __len__ called straight from
	// GETITEM and JUMPIF (deque, its subclasses with and without overrides)
	"SeqPaths": {`# FORITER over a tuple (its items unpacked in the same step), UNPACK of an
# exact tuple, and deque indexing and truth tests in the loop
from collections import deque

def neighbours(r, c):
    out = []
    for dr, dc in ((1, 0), (-1, 0), (0, 1), (0, -1)):
        out.append((r + dr, c + dc))
    return out

print(neighbours(2, 3))

def mixed(items):
    out = []
    for x in items:
        out.append(x)
    return out

print(mixed((1, "a", (2, 3), None)), mixed(()))

def triples():
    s = 0
    for a, b, c in ((1, 2, 3), (4, 5, 6)):
        s += a * b - c
    return s

print(triples())

def bad(items):
    try:
        for a, b in items:
            print(a, b)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)

bad(((1, 2), (3, 4, 5)))
bad(((1, 2), (3,)))
bad(((1, 2), [7, 8], "xy", 5))
bad(((1, 2), {9: 0, 8: 1}))

def unpack(v):
    try:
        a, b = v
        return a, b
    except (ValueError, TypeError) as e:
        return type(e).__name__, str(e)

print(unpack((1, 2)), unpack((1, 2, 3)), unpack((1,)), unpack([3, 4]), unpack("ab"), unpack(5))

class T(tuple):
    pass

print(unpack(T((5, 6))), [x for x in T((1, 2))])

def it_twice(t):
    it = iter(t)
    first = [x for x in it]
    second = [x for x in it]
    return first, second

print(it_twice((1, 2, 3)))

def window_max(xs, k):
    q = deque()
    out = 0
    for i, v in enumerate(xs):
        while q and xs[q[-1]] <= v:
            q.pop()
        q.append(i)
        if q[0] <= i - k:
            q.popleft()
        if i >= k - 1:
            out += xs[q[0]]
    return out

print(window_max([5, 1, 4, 8, 2, 7, 3, 9, 0, 6] * 5, 3))

def dq_index(d, i):
    try:
        return d[i]
    except (IndexError, TypeError) as e:
        return type(e).__name__, str(e)

d = deque([10, 20, 30])
print([dq_index(d, i) for i in (0, 2, -1, -3, 3, -4, True)], dq_index(d, "x"), dq_index(d, 2**70), dq_index(deque(), 0))

class D(deque):
    def __len__(self):
        return 0
    def __getitem__(self, i):
        return ("D", i)

e = D([1, 2])
print("truthy" if e else "falsy", e[0], e[5])

class E(deque):
    pass

f = E([1])
print("truthy" if f else "falsy", f[0], "truthy" if E() else "falsy")
q = deque([(1, 2), (3, 4)])
while q:
    r, c = q.popleft()
    print(r, c)
`, `[(3, 3), (1, 3), (2, 4), (2, 2)]
[1, 'a', (2, 3), None] []
13
1 2
ValueError too many values to unpack (expected 2)
1 2
ValueError not enough values to unpack (expected 2, got 1)
1 2
7 8
x y
TypeError cannot unpack non-iterable int object
1 2
9 8
(1, 2) ('ValueError', 'too many values to unpack (expected 2)') ('ValueError', 'not enough values to unpack (expected 2, got 1)') (3, 4) ('a', 'b') ('TypeError', 'cannot unpack non-iterable int object')
(5, 6) [1, 2]
([1, 2, 3], [])
363
[10, 30, 30, 10, ('IndexError', 'deque index out of range'), ('IndexError', 'deque index out of range'), 20] ('TypeError', "sequence index must be integer, not 'str'") ('IndexError', "cannot fit 'int' into an index-sized integer") ('IndexError', 'deque index out of range')
falsy ('D', 0) ('D', 5)
truthy 1 falsy
1 2
3 4
`},
	// CALLMETHOD of a Python function through the exact-call fast path (self
	// bound by LOADMETHOD, or a function found on the instance with nothing
	// bound), wrong argument counts leaving it, NOT of a bool/int/None
	// inline and of other values through truth, IS/ISNOT fused with the
	// JUMPIF after them, and attribute caches of base-class methods that see
	// more classes than the cache has entries
	"ObjPaths": {`# Method calls through the loop's fast path (self bound by LOADMETHOD, or
# nothing bound), not and is / is not tests with their jumps, and
# attribute caches of methods that see many classes
import math

class Base:
    def __init__(self, v):
        self.v = v
        self.link = None
    def get(self):
        return self.v
    def add(self, x, y):
        return self.v + x + y
    def chain(self, n):
        p = self
        while p.link is not None:
            p = p.link
            n += 1
        return n

class A(Base): pass
class B(Base): pass
class C(Base):
    def get(self):
        return -self.v
class D(Base): pass
class E(Base): pass
class F(Base):
    def __init__(self, v):
        self.w = 0
        self.v = v
        self.link = None

objs = [cls(i) for i, cls in enumerate([A, B, C, D, E, F, Base] * 3)]
for i in range(len(objs) - 1):
    if i % 3:
        objs[i].link = objs[i + 1]
print([o.get() for o in objs])
print([o.add(1, 2) for o in objs])
print([o.chain(0) for o in objs])
print(sum(o.get() for o in objs for _ in range(5)))
try:
    objs[0].add(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    objs[0].add(1, 2, 3)
except TypeError as e:
    print(type(e).__name__, e)

class Holder:
    pass
h = Holder()
h.fn = lambda x: x * 2
print(h.fn(21), math.floor(2.5), [h.fn(i) for i in range(3)])

def flags(vals):
    out = []
    for v in vals:
        out.append((not v, v is None, v is not None))
        if not v:
            out.append("falsy")
        if v is None:
            out.append("none")
        if v is not None:
            out.append("some")
    return out

class Truthy:
    def __bool__(self):
        return False
class Bad:
    def __bool__(self):
        return 1

print(flags([True, False, 0, 7, -1, None, 0.0, "", "x", [], [0], 2**70, Truthy()]))
try:
    not Bad()
except TypeError as e:
    print(type(e).__name__, e)
x = 5
print(x is x, x is not x, None is None, not None, not not 3)
def countdown(n):
    out = []
    while not n <= 0:
        out.append(n)
        n -= 1
    return out
print(countdown(4))
`, `[0, 1, -2, 3, 4, 5, 6, 7, 8, -9, 10, 11, 12, 13, 14, 15, -16, 17, 18, 19, 20]
[3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23]
[0, 2, 1, 0, 2, 1, 0, 2, 1, 0, 2, 1, 0, 2, 1, 0, 2, 1, 0, 1, 0]
780
TypeError Base.add() missing 1 required positional argument: 'y'
TypeError Base.add() takes 3 positional arguments but 4 were given
42 2 [0, 2, 4]
[(False, False, True), 'some', (True, False, True), 'falsy', 'some', (True, False, True), 'falsy', 'some', (False, False, True), 'some', (False, False, True), 'some', (True, True, False), 'falsy', 'none', (True, False, True), 'falsy', 'some', (True, False, True), 'falsy', 'some', (False, False, True), 'some', (True, False, True), 'falsy', 'some', (False, False, True), 'some', (False, False, True), 'some', (True, False, True), 'falsy', 'some']
TypeError __bool__ should return bool, returned int
True False True True True
[4, 3, 2, 1]
`},
	// LOADNAME and STORENAME through their entry cache (namecache.go):
	// module-level loops, rebinding and deleting through globals(), resizes
	// of the module dict, builtins shadowed and unshadowed, class bodies,
	// exec with fresh and reused namespaces and a dict-subclass locals
	"NamePaths": {`# LOADNAME and STORENAME at module level and in class bodies: the entry
# cache must follow deletions, resizes, clears, rebinding through globals()
# and names that come from the builtins
total = 0
for i in range(50):
    total += i
    last = i
print(total, last)

g = globals()
for i in range(3):
    x = i
    g["x"] = x * 10
    print(x)
    del x
    try:
        print(x)
    except NameError as e:
        print(type(e).__name__, e)
    x = -i
    print(x)

for i in range(200):
    g["filler%d" % i] = i
    y = i
print(y, filler7, filler199)
for i in range(200):
    del g["filler%d" % i]
print(y)
len = lambda s: -1
print(len("abc"))
del len
print(len("abc"))

class K:
    a = 1
    b = a + 1
    for j in range(3):
        a += j
    del j
    c = [a, b]
    b = 7
    def m(self):
        return self.a
print(K.a, K.b, K.c, K().m(), hasattr(K, "j"))

ns = {}
code = compile("v = 1\nfor k in range(4):\n    v = v * 2\nw = v + len('ab')\n", "<s>", "exec")
exec(code, ns)
print(ns["v"], ns["w"], sorted(k for k in ns if k != "__builtins__"))
ns2 = {"v": 100}
exec(code, ns2)
print(ns2["v"], ns2["w"])
loc = {}
exec(code, {}, loc)
print(sorted(loc.items()))
exec(code, ns)
print(ns["v"])
class M(dict):
    pass
m = M()
exec("q = 1\nq = q + 1\n", {}, m)
print(dict(m))
for name in ("aa", "bb"):
    g[name] = name * 2
print(aa, bb)
g.clear() if False else None
z = 5
g.pop("z")
try:
    print(z)
except NameError as e:
    print(type(e).__name__, e)
z = 6
print(z)
`, `1225 49
0
NameError name 'x' is not defined
0
10
NameError name 'x' is not defined
-1
20
NameError name 'x' is not defined
-2
199 7 199
199
-1
3
4 7 [4, 2] 4 False
16 18 ['k', 'v', 'w']
16 18
[('k', 3), ('v', 16), ('w', 18)]
16
{'q': 2}
aaaa bbbb
NameError name 'z' is not defined
6
`},
	// GETITEM of a str by an int: inline for a str whose cached code point
	// count says ASCII (negative and out-of-range indexes included), the
	// general path for others (non-ASCII text, bool, big int, str and float
	// indexes)
	"StrIndex": {`# s[i] of a str: ASCII strs (whose code point count is cached) inline, the
# rest through the general path
def at(s, i):
    try:
        return s[i]
    except (IndexError, TypeError) as e:
        return type(e).__name__, str(e)

ALPHA = "abcdefghijklmnopqrstuvwxyz"
print([at(ALPHA, i) for i in (0, 1, 25, 26, -1, -26, -27, True, False)])
print([at(ALPHA, i) for i in (0, 1, 25, 26, -1, -26, -27, True, False)])
print(len(ALPHA), [at(ALPHA, i) for i in range(-3, 3)])
u = "h\u00e9llo w\u00f6rld \U0001f600!"
print([at(u, i) for i in (0, 1, 2, 12, 13, 14, -1, -2, 15)])
print([at("", 0), at("x", 0), at("x", -1), at("x", 1), at("ab", 2**70), at("ab", "0"), at("ab", 1.0)])
w = ""
y = 123456
for _ in range(6):
    w += ALPHA[y % 7]
    y //= 7
print(w, w[0], w[-1], w[2:4])
print("".join(ALPHA[i] for i in range(0, 26, 5)), ALPHA[3] is ALPHA[3])
`, `['a', 'b', 'z', ('IndexError', 'string index out of range'), 'z', 'a', ('IndexError', 'string index out of range'), 'b', 'a']
['a', 'b', 'z', ('IndexError', 'string index out of range'), 'z', 'a', ('IndexError', 'string index out of range'), 'b', 'a']
26 ['x', 'y', 'z', 'a', 'b', 'c']
['h', 'é', 'l', '😀', '!', ('IndexError', 'string index out of range'), '!', '😀', ('IndexError', 'string index out of range')]
[('IndexError', 'string index out of range'), 'x', 'x', ('IndexError', 'string index out of range'), ('IndexError', "cannot fit 'int' into an index-sized integer"), ('TypeError', "string indices must be integers, not 'str'"), ('TypeError', "string indices must be integers, not 'float'")]
edgcca e a gc
afkpuz True
`},
}

// TestSpeed15Paths runs the programs of speed15Programs.
func TestSpeed15Paths(t *testing.T) {
	for name, p := range speed15Programs {
		for _, stress := range []bool{false, true} {
			out, errs, code := run(t, p.src, stress)
			if out != p.want || errs != "" || code != 0 {
				t.Errorf("%s (stress %v): got %q (stderr %q, exit %d), want %q", name, stress, out, errs, code, p.want)
			}
		}
	}
}

// BenchmarkFib is one call of fib (the loop's exact-call fast path, the
// LOADCONST fusion and LOADGLOBAL of a global function) per iteration.
func BenchmarkFib(b *testing.B) {
	n, calls := 1, 1
	for calls < b.N && n < 40 {
		n++
		calls = fibCalls(n)
	}
	src := "def fib(n):\n    if n < 2:\n        return n\n    return fib(n - 1) + fib(n - 2)\nprint(fib(" + itoa(n) + "))\n"
	out, errs, code := run(b, src, false)
	if want := itoa(fibGo(n)) + "\n"; out != want || errs != "" || code != 0 {
		b.Fatalf("fib(%d): got %q (stderr %q, exit %d), want %q", n, out, errs, code, want)
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(calls), "ns/call")
}

// fibCalls is the number of calls fib(n) makes (itself included).
func fibCalls(n int) int { return 2*fibGo(n+1) - 1 }

func fibGo(n int) int {
	a, b := 0, 1
	for ; n > 0; n-- {
		a, b = b, a+b
	}
	return a
}
