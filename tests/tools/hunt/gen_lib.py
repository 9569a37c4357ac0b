#!/usr/bin/env python3
"""Random programs exercising builtins and library behaviour at their edges.

Usage: gen_lib.py SEED [PROFILE] > prog.py

Each program builds a list of cases (lambdas over random values), runs
them all in a loop of 1 or 40 rounds (so that the JIT modes trace the
loop and its exception paths) and prints, in the last round, each case's
repr'd result or `type(e).__name__, e`. Sets are printed sorted by repr
(hotloop's str hashes are not CPython's, so set order differs). The
`tb` profile ends with an uncaught, chained exception, whose whole
traceback run.py compares with --full-stderr.

PROFILE is one family: `str` (str methods: split/rsplit with maxsplit,
partition, expandtabs, center/ljust with fill, translate/maketrans,
casefold, is* predicates, format_map, find/index/count with bounds),
`bytes` (bytes and bytearray methods, mutation, hex/fromhex), `fmt`
(format specs with every flag, str.format with nested fields and
conversions, %-formatting, their error messages), `nums` (int/float/
complex constructors from strings, repr, float.hex, to_bytes, round,
divmod, pow), `seq` (sorted/min/max with key and default, zip(strict=True),
enumerate(start), reversed, slicing with negative and huge steps, slice
assignment), `views` (dict views and set operations between views, sets
and frozensets, dict methods), `errs` (messages of wrong calls: missing/
extra/keyword arguments, unhashable types, bad operand types of every
operator, bad subscripts, unpacking), `tb` (errs' cases, then an uncaught
exception with implicit or explicit chaining), or `mix` (all but tb).
"""
import random
import sys

SEED = int(sys.argv[1])
PROFILE = sys.argv[2] if len(sys.argv) > 2 else "mix"
r = random.Random(SEED * 7919 + sum(map(ord, PROFILE)))

STRS = ['', 'a', 'abc', 'Hello World', '  spaced  out ', 'a,b,,c,', 'tab\there\tx\t',
        'line1\nline2\r\nline3\r', 'ß straße', 'İstanbul', 'ǅungla', 'xxxxx', '١٢٣', '½¼',
        'mixed Case_42', 'snake_case', '__init__', '9lives', 'ﬁne', 'ΩΣσς', 'a\u0301e',
        '  ', '\x0b\x0c\x1c', 'ab' * 4, '12_345', '0x1F', ' -7 ', 'Title Case Words', "it's o'k"]
SEPS = [None, ',', ' ', 'a', 'ab', '', '\t', 'x', '\n']
BYTES = [b'', b'a', b'abc', b'Hello World', b'  pad  ', b'a,b,,c', b'\x00\xff\x80', b'tab\tx',
         b'line\nnext\r\n', b'xxxx', b'AbC dEf', b'12', b'\xe2\x82\xac']
INTS = [0, 1, -1, 7, -7, 255, 256, -256, 10**6, 2**31, -2**31, 2**63, 2**64 + 5, -(10**20), 42]
FLOATS = [0.0, -0.0, 0.5, 1.5, 2.5, -2.5, 0.1, 1/3, 1e16, 1.5e-7, 123456.789, -9.999, 1e300,
          5e-324, float('inf'), float('-inf'), float('nan'), 1e22, 999999.5, 12345678901234567.0]
CPLX = [complex(1, 2), complex(-0.0, 1.5), complex(1e20, -3), complex(0, -0.0), 1j, complex(2.5, 0)]
NUMS = INTS + FLOATS + CPLX + [True, False]
LISTS = [[], [1], [3, 1, 2], [5, -2, 9, -2, 0, 7], ['b', 'A', 'c', 'a'], [1.5, 2, -3, True],
         [(1, 'b'), (0, 'z'), (1, 'a')], list(range(12)), ['x', 1], [[2], [1, 3], []]]
KEYS = ['None', 'abs', 'str', 'len', '(lambda x: -x if isinstance(x, (int, float)) else 0)',
        'str.lower', 'repr', '(lambda x: x[0] if x else 0)']


def pick(xs):
    return r.choice(xs)


def lit(v):
    """Source text evaluating to v (repr, but inf and nan spelt out)."""
    if isinstance(v, float) and (v != v or v in (float('inf'), float('-inf'))):
        return "float('%r')" % v
    if isinstance(v, complex):
        return "complex(%s, %s)" % (lit(v.real), lit(v.imag))
    return repr(v)


def rs():
    return repr(pick(STRS))


def rb():
    return repr(pick(BYTES))


def ri(lo=-12, hi=12):
    return repr(r.randint(lo, hi))


def big():
    return pick(['0', '1', '-1', '3', '-3', '100', '10**20', '-10**20', '2**63', 'None', '-2**63'])


def c_str():
    s = rs()
    m = pick([
        lambda: "%s.split(%s)" % (s, repr(pick(SEPS))),
        lambda: "%s.split(%s, %s)" % (s, repr(pick(SEPS)), ri(-2, 4)),
        lambda: "%s.rsplit(%s, maxsplit=%s)" % (s, repr(pick(SEPS)), ri(-2, 4)),
        lambda: "%s.split(maxsplit=%s)" % (s, ri(-1, 3)),
        lambda: "%s.splitlines(%s)" % (s, pick(['', 'True', 'keepends=True', 'False'])),
        lambda: "%s.partition(%s)" % (s, repr(pick(SEPS))),
        lambda: "%s.rpartition(%s)" % (s, repr(pick(SEPS))),
        lambda: "%s.expandtabs(%s)" % (s, pick(['', '0', '1', '3', '8', '-1', 'tabsize=4'])),
        lambda: "%s.%s(%s%s)" % (s, pick(['center', 'ljust', 'rjust']), ri(-3, 20),
                                 pick(['', ", '*'", ", 'ab'", ", ''", ", 'é'", ', 1'])),
        lambda: "%s.zfill(%s)" % (s, ri(-2, 12)),
        lambda: "%s.translate(str.maketrans(%s, %s%s))" % (s, repr(''.join(r.sample('abcxs ', 3))),
                                                           repr(''.join(r.sample('XYZ_-', 3))),
                                                           pick(['', ", 'l'", ", ' e'"])),
        lambda: "%s.translate({%s: %s})" % (s, pick(['97', '32', 'ord("x")', "'a'"]),
                                             pick(['None', "'AA'", '66', '-1', '[]', '0x110000'])),
        lambda: "str.maketrans(%s)" % pick(["'ab', 'c'", "{'a': 1, 'bc': 2}", "{1: 'x'}", "'a'", "{'a': None}"]),
        lambda: "%s.%s()" % (s, pick(['casefold', 'lower', 'upper', 'title', 'capitalize', 'swapcase',
                                      'isidentifier', 'isdigit', 'isdecimal', 'isnumeric', 'isalpha',
                                      'isalnum', 'isspace', 'isprintable', 'istitle', 'isupper',
                                      'islower', 'isascii', 'strip', 'lstrip', 'rstrip'])),
        lambda: "%s.%s(%s)" % (s, pick(['strip', 'lstrip', 'rstrip']), pick(["'a'", "' x'", 'None', "''", '1'])),
        lambda: "%s.format_map(%s)" % (pick(["'{a}-{b!r}'", "'{a:>5}'", "'{0}'", "'{a.x}'", "'{a[1]}'", "'{{}}{a}'"]),
                                       pick(["{'a': 1, 'b': 's'}", "{'a': 'xy'}", "{}", "{'a': [5, 6]}"])),
        lambda: "%s.%s(%s%s)" % (s, pick(['find', 'rfind', 'index', 'rindex', 'count']), repr(pick(SEPS[1:])),
                                 pick(['', ', ' + ri(), ', %s, %s' % (ri(), ri()), ', None, ' + ri()])),
        lambda: "%s.%s(%s%s)" % (s, pick(['startswith', 'endswith']),
                                 pick(["'a'", "('a', 'H', ' ')", "''", '1', "['a']"]),
                                 pick(['', ', ' + ri(), ', %s, %s' % (ri(), ri())])),
        lambda: "%s.replace(%s, %s%s)" % (s, repr(pick(SEPS[1:])), pick(["'-'", "''", "'<>'"]), pick(['', ', ' + ri(-2, 3)])),
        lambda: "%s.%s(%s)" % (s, pick(['removeprefix', 'removesuffix']), pick(["'a'", "'Hello'", "''", "'x'", '1'])),
        lambda: "%s.join(%s)" % (pick(["','", "''", "' - '"]), pick(["['a', 'b']", "'xyz'", "[1, 2]", "('a', None)", "[]", "iter('ab')"])),
        lambda: "%s.encode(%s)" % (s, pick(["'ascii'", "'ascii', 'replace'", "'ascii', 'ignore'", "'latin-1'",
                                            "'utf-8'", "'ascii', 'xmlcharrefreplace'", "'ascii', 'backslashreplace'", "'nope'"])),
        lambda: "%s * %s" % (s, ri(-1, 3)),
        lambda: "%s[%s:%s:%s]" % (s, ri(), ri(), pick(['1', '-1', '2', '-3', '10**20', '-10**20', 'None'])),
        lambda: "%s in %s" % (repr(pick(SEPS[1:])), s),
        lambda: "%s < %s" % (s, rs()),
        lambda: "ord(%s)" % s,
        lambda: "chr(%s)" % pick(['65', '0x10FFFF', '0x110000', '-1', "'a'", '955']),
    ])
    return m()


def c_bytes():
    b = rb()
    ba = "bytearray(%s)" % b
    x = pick([b, ba])
    m = pick([
        lambda: "%s.split(%s)" % (x, pick(['', 'None', "b','", "b' '", "b''", "','"])),
        lambda: "%s.rsplit(%s, %s)" % (x, pick(['None', "b','", "b'a'"]), ri(-1, 3)),
        lambda: "%s.partition(%s)" % (x, pick(["b','", "b'a'", "b''", "'a'"])),
        lambda: "%s.%s(%s%s)" % (x, pick(['center', 'ljust', 'rjust']), ri(-2, 16), pick(['', ", b'*'", ", b'ab'", ", '*'"])),
        lambda: "%s.hex(%s)" % (x, pick(['', "':'", "'-', 2", "' ', -3", "'ab'"])),
        lambda: "bytes.fromhex(%s)" % pick(["'00ff'", "'0 f'", "'a b c'", "' 01 02 '", "'zz'", "'abc'"]),
        lambda: "%s.translate(%s%s)" % (x, pick(['None', 'bytes.maketrans(b"abc", b"xyz")', 'b"short"']),
                                        pick(['', ", b'a'", ", delete=b' '"])),
        lambda: "%s.%s(%s)" % (x, pick(['count', 'find', 'rfind', 'index', 'rindex']), pick(["b'a'", '97', "b''", '300', "'a'"])),
        lambda: "%s.replace(%s, %s%s)" % (x, pick(["b'a'", "b''", "b' '"]), pick(["b'-'", "b''"]), pick(['', ', 1'])),
        lambda: "%s.%s()" % (x, pick(['title', 'upper', 'lower', 'swapcase', 'capitalize', 'isalpha',
                                      'isdigit', 'isspace', 'istitle', 'strip', 'splitlines', 'isascii'])),
        lambda: "%s.decode(%s)" % (x, pick(["", "'ascii'", "'ascii', 'replace'", "'utf-8', 'ignore'", "'latin-1'", "'utf-8', 'backslashreplace'"])),
        lambda: "%s[%s]" % (x, pick([ri(), '%s:%s:%s' % (ri(), ri(), pick(['-1', '2', '-2']))])),
        lambda: "%s + %s" % (x, pick([rb(), "bytearray(b'z')", "'s'", '[1]', 'memoryview(b"m")'])),
        lambda: "%s * %s" % (x, ri(-1, 3)),
        lambda: "bytes(%s)" % pick(['3', '-1', "'abc'", "'abc', 'ascii'", '[1, 2, 256]', '[65, 66]', 'None', '2.0']),
        lambda: "bytearray(%s)" % pick(['3', "'é', 'latin-1'", '[255]', 'b"ab"', "'x'"]),
        lambda: "(lambda a: (a.%s, a)[1])(%s)" % (pick(['append(65)', 'append(256)', "extend(b'xy')", 'insert(0, 66)',
                                                        'pop()', 'remove(97)', 'reverse()', 'clear()', "extend('ab')",
                                                        'append(b"a")', 'pop(10)']), ba),
        lambda: "(lambda a: (a.__setitem__(slice(%s, %s, %s), %s), a)[1])(%s)" % (ri(-4, 4), ri(-4, 4), pick(['None', '1', '-1', '2']),
                                                                                 pick(["b'XY'", "b''", '[1, 2, 3]', "b'Q'"]), ba),
        lambda: "%s == %s" % (x, pick([rb(), "'abc'", "bytearray(b'abc')"])),
        lambda: "%s %% %s" % (pick(["b'%s-%d'", "b'%x'", "b'%r'", "b'%a'", "b'%c'"]), pick(["(b'a', 1)", '255', "('x',)", '(1, 2)', "b'z'", '300'])),
    ])
    return m()


def spec():
    s = ""
    if r.random() < 0.3:
        s += pick(["", "*", "0", "_", "x", "{", "é"]) + pick("<>^=")
    if r.random() < 0.4:
        s += pick("+- ")
    if r.random() < 0.1:
        s += "z"
    if r.random() < 0.2:
        s += "#"
    if r.random() < 0.2:
        s += "0"
    if r.random() < 0.5:
        s += str(r.randint(0, 14))
    if r.random() < 0.3:
        s += pick([",", "_"])
    if r.random() < 0.4:
        s += "." + str(r.randint(0, 12))
    if r.random() < 0.8:
        s += pick("bcdoxXneEfFgG%s")
    return s


def c_fmt():
    v = lit(pick(NUMS + ['s', 'abc']))
    m = pick([
        lambda: "format(%s, %r)" % (v, spec()),
        lambda: "format(%s, %r)" % (v, spec()),
        lambda: 'f"{%s:{%s}.{%s}}"' % (v, ri(0, 12), ri(0, 6)),
        lambda: 'f"{%s!%s:%s}"' % (v, pick('rsa'), pick(['', '>8', '^9', '<3', '.2'])),
        lambda: "%r.format(%s)" % (pick(['{}', '{0}{1}', '{0}{}', '{!r}', '{0!x}', '{0:{1}}', '{:{}}{}', '{0[0]}',
                                         '{0.real}', '{a}', '{0.nope}', '{', '}', '{{}}', '{0:}', '{0!}', '{:>{w}}',
                                         '{0[x]}', '{0:{1}{2}}', '{:%}', '{[a]}', '{0.__class__.__name__}']),
                                   pick(['1', '1, 2', "'x', 5", "[1, 2], 3", "a=1", "3.5, w=6", "{'x': 1}", '', "'abc', '^', '9'"])),
        lambda: "%r %% %s" % (pick(['%s %s', '%d', '%5.2f', '%-8g', '%+e', '%#x', '%o', '%r', '%10.3G', '%%', '%c',
                                    '%i', '%X', '%.0f', '%#.3g', '% d', '%05d', '%(a)s', '%(a)s %s', '%*d', '%.*f', '%z',
                                    '%s', '%a', '%(a)d %(b)r', '%x %x']),
                                pick(['(1,)', '(1, 2)', '()', "'s'", "{'a': 1}", '3.5', '(3, 2.5)', "{'a': 1, 'b': 'z'}",
                                      '(300,)', "('ab',)", '[1, 2]', '(-7,)', '(2**70,)', "(1.5e300,)", "(float('nan'),)"])),
        lambda: "%s(%s)" % (pick(['repr', 'str', 'float.hex', 'int.bit_length', 'ascii']), v),
        lambda: "round(%s, %s)" % (v, pick(['', '0', '1', '-1', '2', 'None', "'x'"])),
        lambda: "'{:,}'.format(%s)" % v,
        lambda: "'%%s' %% (%s,)" % v,
    ])
    return m()


def c_nums():
    m = pick([
        lambda: "int(%r%s)" % (pick(['12', ' 12_3 ', '0x1f', '1e3', '-0b101', '0o17', '٣', '', '1__2', '+ 5', '10**3',
                                     '9' * 30, '1_', 'z', ' 0 ', '00', '0_0', '١٢']),
                               pick(['', ', 0', ', 16', ', 2', ', 36', ', 1', ', 37'])),
        lambda: "float(%r)" % pick(['1.5', ' 1_000.5 ', 'nan', '-inf', 'infinity', '1e500', '0x1p3', '1.5.5', '', '.5', '5.', '1_.5', 'iNf', '١.٥']),
        lambda: "complex(%r)" % pick(['1+2j', ' (1-2j) ', 'j', '-j', '1e3j', '1+', 'nanj', '(1)', '1 + 2j', 'infj']),
        lambda: "complex(%s, %s)" % (pick(['1', '1.5', '-0.0', "'1'", '1j', 'None']), pick(['2', '-0.0', '1j', "'x'", '0'])),
        lambda: "repr(%s)" % pick(['%s / %s' % (pick(['1', '2', '-3', '1e308', '0.1']), pick(['3', '7', '0.1', '-9', '1e-308'])),
                                   '2 ** -1074', '1e16', '1e15 + 0.3', '-(0.0)', '0.1 + 0.2', '1 / 3 * 3', 'complex(-0.0, -0.0)',
                                   'complex(1, float("nan"))', '-1j', '10**16 * 1.0', '2.0 ** 63']),
        lambda: "%s.to_bytes(%s)" % (pick(['(255)', '(-1)', '(256)', '(0)', '(2**64)']), pick(['', '1', '2, "big"', "1, 'little', signed=True", '0', "2, 'middle'"])),
        lambda: "int.from_bytes(%s)" % pick(["b'\\xff\\x00'", "b'\\xff', signed=True", "b'', 'little'", "[1, 2], 'big'", "'ab'"]),
        lambda: "divmod(%s, %s)" % (pick(['7', '-7', '7.5', '-0.0', '2**70', '1j', 'True']), pick(['2', '-2', '0', '0.0', '-2.5', '3'])),
        lambda: "pow(%s, %s%s)" % (pick(['2', '-2', '0', '3', '2.5', '-8']), pick(['10', '-1', '0.5', '-2', '1/3']), pick(['', ', 7', ', 0', ', -5'])),
        lambda: "%s %s %s" % (pick(['7', '-7', '2**64', '0.5', '-0.0', 'True', '1j']), pick(['//', '%', '/', '**', '<<', '>>', '&', '|', '^']),
                              pick(['0', '3', '-3', '2.0', '-1', '64', '0.0', '2**65'])),
        lambda: "round(%s%s)" % (lit(pick(FLOATS[:12] + INTS[:8])), pick(['', ', 1', ', -1', ', 3'])),
        lambda: "(%s).as_integer_ratio()" % pick(['0.75', '-0.1', "float('inf')", '7', '-3']),
        lambda: "float.fromhex(%r)" % pick(['0x1.8p1', '-0x1p-1074', 'inf', '0x.8', '1p4', 'zz', '0x1.fffffffffffffp1023', '0x1p1024']),
        lambda: "[%s]" % ', '.join("%s(%s)" % (pick(['int', 'float', 'bool', 'abs', 'round']), pick(['-0.0', "float('nan')", '2.5', '-3', '1e20', "float('inf')"])) for _ in range(2)),
        lambda: "(%s).is_integer()" % pick(['1.0', '1.5', "float('inf')", '-0.0']),
        lambda: "int(%s)" % pick(["float('inf')", "float('nan')", '-2.9', '1e20', "'3.0'", '3+0j', 'None']),
        lambda: "%s(%s)" % (pick(['bin', 'oct', 'hex']), pick(['-255', '0', '2**70', '1.5', "'3'", 'True'])),
    ])
    return m()


def c_seq():
    xs = repr(pick(LISTS))
    m = pick([
        lambda: "sorted(%s%s%s)" % (xs, pick(['', ', key=' + pick(KEYS)]), pick(['', ', reverse=True'])),
        lambda: "%s(%s)" % (pick(['min', 'max']), ', '.join(a for a in [pick([xs, '*' + xs, '1', '', '[]', "'zay'", '1, 2']),
                                                                          pick(['', 'key=' + pick(KEYS)]),
                                                                          pick(['', 'default=%s' % pick(['None', '-1', "'d'"])])] if a)),
        lambda: "list(zip(%s, %s%s))" % (xs, repr(pick(LISTS)), pick(['', ', strict=True', ', strict=False', ', %s, strict=True' % repr(pick(LISTS))])),
        lambda: "list(enumerate(%s%s))" % (xs, pick(['', ', ' + big(), ', start=' + big(), ', 1.5'])),
        lambda: "list(reversed(%s))" % pick([xs, 'range(%s, %s, %s)' % (ri(), ri(), pick(['1', '-2', '3'])), "'abc'", "{1: 2, 3: 4}",
                                             "{1: 2}.items()", "{1: 2}.values()", '{1, 2}', 'iter([1])', '(1, 2)', '5']),
        lambda: "%s[%s:%s:%s]" % (pick([xs, "'abcdefgh'", "range(%s)" % ri(0, 10), "(1, 2, 3, 4)", "b'abcdef'"]),
                                  pick([ri(), 'None', big()]), pick([ri(), 'None', big()]), pick(['1', '-1', '2', '-2', '3', '-3', '10**20', '-10**20', '0', 'None'])),
        lambda: "(lambda a: (a.__setitem__(slice(%s, %s, %s), %s), a)[1])(%s)" % (
            ri(-6, 6), ri(-6, 6), pick(['None', '1', '-1', '2', '-2']), pick(['[]', '[9]', '[7, 8]', '(1, 2, 3)', "'ab'", '5']), xs),
        lambda: "(lambda a: (a.__delitem__(slice(%s, %s, %s)), a)[1])(%s)" % (ri(-6, 6), ri(-6, 6), pick(['None', '2', '-1', '-3']), xs),
        lambda: "%s.%s(%s)" % (xs, pick(['index', 'count']), pick(['1', "'a'", '2', '(1, "b")'])),
        lambda: "%s(%s)" % (pick(['sum', 'any', 'all', 'len', 'tuple', 'set', 'dict']), pick([xs, '[[1, 2]]', "['ab']", '3'])),
        lambda: "sum(%s, %s)" % (xs, pick(['0', '[]', "''", '0.5', '()'])),
        lambda: "range(%s, %s, %s)[%s]" % (ri(), ri(), pick(['1', '-1', '3', '0']), pick([ri(), '%s:%s' % (ri(), ri()), '::-1', '10**20'])),
        lambda: "(lambda a: (a.%s, a)[1])(%s)" % (pick(['sort()', 'sort(key=str)', 'reverse()', 'pop()', 'pop(-20)', 'insert(-100, 0)',
                                                     'remove(2)', 'extend(range(2))', 'clear()', 'append([])']), xs),
        lambda: "%s * %s" % (xs, pick(['2', '0', '-1', 'True', '1.0'])),
        lambda: "%s %s %s" % (xs, pick(['<', '==', '>=', '+']), repr(pick(LISTS))),
        lambda: "list(map(%s, %s, %s))" % (pick(['pow', 'max', '(lambda a, b: a)']), xs, repr(pick(LISTS))),
        lambda: "[x for x in filter(%s, %s)]" % (pick(['None', 'bool', "(lambda x: x != 1)"]), xs),
    ])
    return m()


DICTS = ["{1: 'a', 2: 'b'}", "{'x': 1, 'y': 2, 'z': 3}", "{}", "{(1, 2): 0, 'k': None}", "{True: 1, 0: 2}"]


def view():
    d = pick(DICTS)
    return pick(["%s.keys()" % d, "%s.items()" % d, "%s.values()" % d, "{1, 'x', 2}", "frozenset({'y', 3})", "[1, 'x']", "{(1, 'a')}"])


def c_views():
    m = pick([
        lambda: "%s %s %s" % (view(), pick(['&', '|', '-', '^', '==', '<=', '<', '>', '!=']), view()),
        lambda: "%s.isdisjoint(%s)" % (view(), view()),
        lambda: "%s | %s" % (pick(DICTS), pick(DICTS + ['[(1, 2)]', '{1}'])),
        lambda: "(lambda d: (d.__ior__(%s), d)[1])(%s)" % (pick(DICTS + ['[(1, 2)]', '[1]', "['ab']"]), pick(DICTS)),
        lambda: "%s.%s(%s)" % (pick(DICTS), pick(['pop', 'get', 'setdefault', '__getitem__']), pick(["'x'", '1', '[]', "'x', 0", "(1, 2)"])),
        lambda: "%s.popitem()" % pick(DICTS),
        lambda: "dict.fromkeys(%s%s)" % (pick(["'abc'", '[1, 1, 2]', '3', '[[1]]']), pick(['', ', 0', ', []'])),
        lambda: "dict(%s)" % pick(["[(1, 2), (3, 4)]", "[(1, 2, 3)]", "[1]", "a=1, b=2", "{1: 2}, b=3", "[['ab']]", "['xy']", "zip('ab', 'cd')"]),
        lambda: "(lambda s: (s.%s, s)[1])(%s)" % (pick(['remove(1)', 'discard(9)', 'pop()', 'add([])', 'update([3], "ab")',
                                                     'intersection_update({1})', 'symmetric_difference_update([1, 5])',
                                                     'difference_update()', '__isub__({1})', 'clear()']), pick(["{1, 2}", "set()", "{1, 'x'}"])),
        lambda: "%s.%s(%s)" % (pick(["{1, 2, 3}", "frozenset({2, 4})", "set()"]), pick(['union', 'intersection', 'difference', 'symmetric_difference',
                                                                                      'issubset', 'issuperset']),
                               pick(['[1, 2]', "'ab'", '{1: 0}', '', '[1], [2]', '5', '[[1]]'])),
        lambda: "reversed(%s)" % view(),
        lambda: "len(%s)" % view(),
        lambda: "%s in %s" % (pick(['1', "'x'", "('x', 1)", '[1]', "(1, 'a')"]), view()),
        lambda: "{**%s, **%s}" % (pick(DICTS), pick(DICTS + ['[1]', "{'a': 1}.keys()"])),
        lambda: "list(%s) == list(%s)" % (view(), view()),
    ])
    return m()


FUNCS = '''
def I(x):
    return x

def f0(a, b=1, *, c):
    return (a, b, c)

def f1(a, /, b, *args, d=4, **kw):
    return (a, b, args, d, sorted(kw.items()))

def f2(*, k):
    return k

def f3(x, y):
    return x + y

class K:
    def m(self, a):
        return a
    @staticmethod
    def s(a):
        return a
    @classmethod
    def c(cls, a, b=2):
        return (cls.__name__, a, b)
'''

CALLS = ['f0()', 'f0(1)', 'f0(1, 2, 3)', 'f0(1, c=2, b=3)', 'f0(1, a=2, c=3)', 'f0(c=1)', 'f0(1, 2, c=3, d=4)',
         'f1(1, 2)', 'f1(a=1, b=2)', 'f1(1, 2, 3, d=5, e=6)', 'f1()', 'f1(1)', 'f1(1, b=2, a=3)', 'f1(1, 2, **{"a": 3})',
         'f2(1)', 'f2()', 'f2(k=1, j=2)', 'f3(1)', 'f3(1, 2, 3)', 'f3(*[1])', 'f3(**{"x": 1, "z": 2})', 'f3(1, **{"x": 2})',
         'K().m()', 'K().m(1, 2)', 'K.m(1)', 'K.s()', 'K.c()', 'K().c(1, 2, 3)', 'K.m(K(), a=1, b=2)', 'K(1)',
         'len()', 'len(1, 2)', 'len(1)', 'abs()', 'abs("a")', 'divmod(1)', 'isinstance(1)', 'isinstance(1, 2)',
         'getattr(1)', 'getattr(1, 2)', 'sorted()', 'sorted([], 1)', 'sorted([1], key=1)', 'iter()', 'iter(1)',
         'next([])', 'next(iter([]))', 'int(1, 2)', 'int("1", base=1)', 'str(1, 2)', 'list(1)', 'list(1, 2)',
         'tuple(x=1)', 'dict(1)', 'set(1)', 'min()', 'max(1)', 'range()', 'range(1.5)', 'range(1, 2, 0)',
         'hash([])', 'hash({})', '{[]: 1}', '{[1]}', 'frozenset([{}])', '{}.fromkeys([[]])', '[].append()',
         '[].append(1, 2)', '"a".split(1)', '"a".join([1])', '"a".startswith(1)', '"a".replace(1, 2)',
         'chr("a")', 'ord("ab")', 'ord(1)', 'round("x")', 'pow(2, 3, 0)', 'pow(2.0, 3, 5)', 'zip(1)', 'map(len)',
         'enumerate(1)', 'reversed(1)', 'object(1)', 'type(1, 2)', 'type("a", (1,), {})', 'setattr(1, "a", 2)',
         'delattr(1, "a")', 'callable()', 'print(sep=1)', 'vars(1)', '"%s" % ()', 'bytes("a")', 'bytearray(-1)',
         '"{}".format', 'issubclass(1, int)', 'super()', 'memoryview(1)', 'slice()', 'complex("1", 2)',
         'float(1, 2)', 'bool(1, 2)', 'open()', '[1].index(2)', '(1,).index(2)', '"ab".index("c")', '[].pop()',
         '{}.pop(1)', 'set().pop()', '{}.popitem()', '[1].remove(2)', 'set().remove(1)', 'f0(*1)', 'f0(**1)',
         'f0(**{1: 2})', 'f3(1, *None)']
OPS = ['+', '-', '*', '/', '//', '%', '**', '<<', '>>', '&', '|', '^', '@', '<', '<=', '>', '>=', '==', 'in']
OPERANDS = ['1', '1.5', "'s'", 'b"b"', '[1]', '(1,)', '{1: 2}', '{1}', 'None', '2j', 'object()', 'len', 'True',
            'bytearray(b"x")', 'range(2)', 'frozenset()', '{}.keys()', 'Ellipsis', 'int', 'slice(1)']


def c_errs():
    m = pick([
        lambda: pick(CALLS),
        lambda: pick(CALLS),
        lambda: "%s %s %s" % (pick(OPERANDS), pick(OPS), pick(OPERANDS)),
        lambda: "%s %s %s" % (pick(OPERANDS), pick(OPS), pick(OPERANDS)),
        lambda: "%s(%s)" % (pick(['(lambda x: -x)', '(lambda x: +x)', '(lambda x: ~x)', '(lambda x: not x)', 'abs', 'len', 'iter']), pick(OPERANDS)),
        lambda: "I(%s)(%s)" % (pick(OPERANDS), pick(['', '1', 'k=2'])),
        lambda: "I(%s)[%s]" % (pick(OPERANDS + ["'abc'", '[1, 2]']), pick(['0', '1.5', "'a'", '-5', '5', 'None', '1:2', '::0', '[]', '(1, 2)', '10**20'])),
        lambda: "(lambda: [a := %s, a.__setitem__(%s, 1)])()" % (pick(['[1]', '(1,)', "'s'", '{}', 'b"x"', 'bytearray(b"x")', 'range(3)']), pick(['0', '5', "'k'", '1.5', '[]'])),
        lambda: "(lambda: (%s).%s)()" % (pick(OPERANDS), pick(['x', 'real', 'append', '__len__', 'keys', 'upper', '__name__'])),
        lambda: "(lambda: [(a, b) for a, b in [%s]])()" % pick(['(1, 2, 3)', '(1,)', '1', "'ab'", "'abc'", '[]', '{1: 2}']),
        lambda: "(lambda: (lambda a, *b, c: 0)(%s))()" % pick(['', '1', '1, 2', 'c=1', '1, c=2, d=3']),
        lambda: "%s(%s)" % (pick(['int', 'float', 'complex', 'bool', 'str', 'bytes', 'list', 'tuple', 'dict', 'set']), pick(OPERANDS)),
    ])
    return m()


CLASSES = '''
import functools, itertools, collections, operator, types, inspect, heapq, bisect

class Named:
    def __set_name__(self, owner, name):
        self.owner, self.name = owner.__name__, name
    def __get__(self, obj, cls=None):
        return self if obj is None else ('got', self.name, type(obj).__name__)

class Data:
    def __get__(self, obj, cls=None):
        return self if obj is None else obj.__dict__.get('_d', 'unset')
    def __set__(self, obj, v):
        obj.__dict__['_d'] = v * 2

class Reg:
    subs = []
    def __init_subclass__(cls, tag='none', **kw):
        super().__init_subclass__(**kw)
        Reg.subs.append((cls.__name__, tag))
    def __class_getitem__(cls, item):
        return (cls.__name__, item)

class A(Reg, tag='a'):
    n = Named()
    d = Data()
    __slots__ = ()

class B(A):
    @property
    def p(self):
        return 'p'
    @p.setter
    def p(self, v):
        raise ValueError(v)
    def __getattr__(self, name):
        if name.startswith('dyn'):
            return name.upper()
        raise AttributeError(name)

class S:
    __slots__ = ('x', 'y')

class SD(S):
    pass

class P:
    def __init__(self, a, b=2):
        self.a, self.b = a, b
    def __repr__(self):
        return 'P(%r, %r)' % (self.a, self.b)
    def __eq__(self, o):
        return isinstance(o, P) and (self.a, self.b) == (o.a, o.b)
    __hash__ = None

@functools.total_ordering
class V:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        return self.v == o.v
    def __lt__(self, o):
        return self.v < o.v
    def __repr__(self):
        return 'V%r' % (self.v,)

def sd():
    o = SD()
    o.x = 1
    o.z = 3
    return o
'''

ATTRS = ['__name__', '__qualname__', '__objclass__', '__self__', '__get__', '__set__', '__func__', '__wrapped__',
         '__module__', '__doc__', 'real', 'start', '__dict__', '__slots__', '__mro__', '__bases__']
OBJS = ['str.upper', 'int.__add__', '(1).__add__', 'len', '[].append', "dict.__dict__['fromkeys']", 'dict.fromkeys',
        "str.__dict__['maketrans']", 'str.maketrans', 'int.real', 'complex.real', 'slice.start', 'range.stop',
        'object.__init__', 'object().__str__', 'A.n', "A.__dict__['n']", 'A.d', 'B.p', 'B().p', 'S.x',
        "type.__dict__['mro']", 'object.__eq__', 'list.__getitem__', '[].__getitem__', 'P.__repr__', 'P(1).__repr__',
        'staticmethod(len)', 'classmethod(len)', 'property()', 'functools.partial(len)', 'V.__le__', 'iter([])',
        'A', 'B()', 'SD()', 'types.SimpleNamespace(a=1)']


def c_intro():
    o = pick(OBJS)
    m = pick([
        lambda: "type(%s).__name__" % o,
        lambda: "repr(%s)" % o,
        lambda: "getattr(%s, %r)" % (o, pick(ATTRS)),
        lambda: "hasattr(%s, %r)" % (o, pick(ATTRS)),
        lambda: "[%s(%s) for f in [%s]]" % ('f', o, ', '.join(r.sample(
            ['callable', 'inspect.isbuiltin', 'inspect.isroutine', 'inspect.ismethoddescriptor', 'inspect.isdatadescriptor',
             'inspect.isfunction', 'inspect.ismethod', 'inspect.isclass'], 3))),
        lambda: "isinstance(%s, %s)" % (o, pick(['types.BuiltinFunctionType', 'types.MethodDescriptorType', 'types.WrapperDescriptorType',
                                                  'types.MethodWrapperType', 'types.ClassMethodDescriptorType', 'types.GetSetDescriptorType',
                                                  'types.MemberDescriptorType', 'types.FunctionType', 'types.MethodType',
                                                  'collections.abc.Callable', 'property', 'staticmethod'])),
        lambda: "sorted(k for k in dir(%s) if not k.startswith('__'))" % o,
        lambda: "vars(%s)" % pick(['sd()', 'P(1)', 'B()', 'types.SimpleNamespace(a=1)', 'S()', '1']),
        lambda: "%s.__get__(%s)" % (pick(['str.upper', 'int.__add__', "dict.__dict__['fromkeys']", 'A.n', 'complex.imag', 'B.p', 'int.real']),
                                    pick(["'ab'", '3', '2j', 'None', 'B()', 'None, dict', '[]'])),
        lambda: "(lambda o: (setattr(o, %r, %s), vars(o) if hasattr(o, '__dict__') else o.x)[1])(%s)" % (
            pick(['x', 'y', 'z', 'd', 'p']), ri(), pick(['sd()', 'B()', 'S()', 'P(1)'])),
    ])
    return m()


def c_cls():
    m = pick([
        lambda: "(A.n.owner, A.n.name, B().n, A.n)",
        lambda: "(lambda b: (setattr(b, 'd', %s), b.d, vars(b))[1:])(B())" % ri(),
        lambda: "B().%s" % pick(['dynamo', 'dyn', 'other', 'p', 'n', 'd']),
        lambda: "(lambda b: setattr(b, 'p', %s))(B())" % ri(),
        lambda: "A[%s]" % pick(['int', "'x'", '1, 2', 'A']),
        lambda: "Reg.subs[:4]",
        lambda: "type('T%s', (Reg,), {}, tag=%r).__name__" % (r.randint(0, 9), pick(['x', 'y'])),
        lambda: "type('T', (%s,), {%s})().%s" % (pick(['object', 'P', 'B', 'S']), pick(["'q': 1", "'__slots__': ()", "'__getattr__': lambda s, n: n"]), pick(['q', 'a', 'zz'])),
        lambda: "(lambda o: [o.__class__.__name__, o == P(%s), P.__hash__])(P(%s))" % (ri(0, 2), ri(0, 2)),
        lambda: "sorted([V(%s), V(%s), V(%s)])" % (ri(), ri(), ri()),
        lambda: "[V(%s) %s V(%s)]" % (ri(0, 3), pick(['<=', '>', '>=', '<', '==', '!=']), ri(0, 3)),
        lambda: "hash(P(1))",
        lambda: "S().x",
        lambda: "(lambda s: (setattr(s, %r, 1), s.x)[1])(S())" % pick(['x', 'y', 'z']),
        lambda: "(lambda s: (delattr(s, 'x'), s)[1])(S())",
        lambda: "super(B, B()).%s" % pick(['n', 'd', 'p', 'dynx', '__class__']),
        lambda: "[c.__name__ for c in B.__mro__]",
        lambda: "type.__dict__['%s']" % pick(['mro', '__name__', '__call__', '__prepare__']),
        lambda: "object.__dict__['%s']" % pick(['__class__', '__init__', '__subclasshook__', '__new__']),
    ])
    return m()


def c_libs():
    xs = repr(pick(LISTS[:5]))
    m = pick([
        lambda: "functools.reduce(%s, %s%s)" % (pick(['operator.add', 'max', 'operator.mul']), pick(['[1, 2, 3]', '[]', "'abc'", '[[1], [2]]']), pick(['', ', 0', ', 10'])),
        lambda: "functools.partial(%s, %s)(%s)" % (pick(['int', 'max', 'sorted', 'pow']), pick(["'11'", '3', '[3, 1]', '2']), pick(['', 'base=2', '5', 'key=abs', '3, 5'])),
        lambda: "repr(functools.partial(%s, %s, k=1))" % (pick(['P', 'len', 'max']), ri()),
        lambda: "functools.cmp_to_key(lambda a, b: %s)" % pick(['a - b', '(a > b) - (a < b)']),
        lambda: "sorted(%s, key=functools.cmp_to_key(lambda a, b: (len(str(a)) > len(str(b))) - (len(str(a)) < len(str(b)))))" % xs,
        lambda: "(lambda f: [f(%s), f(%s), f.cache_info()])(functools.lru_cache(maxsize=%s)(lambda x: x * 2))" % (ri(), ri(), pick(['None', '1', '2', '0'])),
        lambda: "list(itertools.%s)" % pick([
            'accumulate(%s)' % pick(['[1, 2, 3]', '[]', "'abc'", '[1, 2], initial=5']), 'pairwise(%s)' % pick(["'abcd'", '[1]']),
            'groupby(%s)' % pick(["'aabbbc'", '[1, 1, 2]']), 'islice(range(10), %s)' % pick(['3', '2, 8, 3', 'None', '-1', '1, None']),
            'permutations(%s, %s)' % (pick(["'abc'", '[1, 2]']), pick(['2', '0', '4'])), 'combinations_with_replacement("ab", 2)',
            'product("ab", repeat=%s)' % ri(0, 2), 'zip_longest("ab", [1], fillvalue=%s)' % pick(['None', "'-'"]),
            'starmap(pow, [(2, 3), (3, 2)])', 'compress("abcd", [1, 0, 1])', 'dropwhile(lambda x: x < 2, [1, 2, 1])',
            'takewhile(bool, [1, 0, 1])', 'chain.from_iterable(["ab", "c"])', 'repeat("x", %s)' % ri(-1, 3),
            'filterfalse(None, [0, 1, 2, 0])', 'tee("ab", 2)[1]',
            'islice(itertools.count(%s, %s), 4)' % (ri(), pick(['1', '0.5', '-2']))]),
        lambda: "collections.Counter(%s).%s" % (pick(["'abracadabra'", '[1, 1, 2]', "{'a': 3, 'b': -1}"]), pick(['most_common(2)', 'total()', "elements()", "__repr__()", "subtract('aa')", "__add__(collections.Counter('a'))", "__neg__()"])),
        lambda: "(lambda d: (d.move_to_end(%s%s), list(d))[1])(collections.OrderedDict.fromkeys('abc'))" % (pick(["'a'", "'c'", "'z'"]), pick(['', ', last=False'])),
        lambda: "(lambda d: (d['k'].append(1), d['j'], dict(d))[2])(collections.defaultdict(list))",
        lambda: "collections.namedtuple('N', %s)(%s)" % (pick(["'a b'", "['a', 'b']", "'a, b'", "'a a'", "'a def'"]), pick(['1, 2', '1', 'a=1, b=2', '1, 2, 3'])),
        lambda: "(lambda q: (q.rotate(%s), q.appendleft(0), q)[2])(collections.deque(%s, maxlen=%s))" % (ri(-3, 3), xs, pick(['None', '2', '5'])),
        lambda: "collections.ChainMap({'a': 1}, {'a': 2, 'b': 3})%s" % pick(["['a']", "['b']", "['c']", '.maps', '.new_child()', '.parents']),
        lambda: "format(%s, %r)" % (lit(pick(FLOATS)), pick(['', '.0f', '.1e', '.3g', 'g', '%', '.0%', '+.2f', ',.2f', '_.1f', '#.0f', '.17g', 'r', '#x', '10.3', '<10', '^10.2e', '=+10.1f', '.0e', 'n', 'G', 'E', '.1a'])),
        lambda: "[str(%s), repr(%s), float(repr(%s)) == %s]" % ((lit(pick(FLOATS)),) * 4),
        lambda: "int(%r, %s)" % (pick(['0x1f', '0b101', '  42  ', '1_000', '-0o17', '9' * 30, 'z', '1__0', '+_1', '٣', '0']), pick(['0', '10', '16', '36', '2', '8'])),
        lambda: "str(%s)" % pick(['10**4299', '-(10**50)', '2**100', '0b1010', '1_0']),
        lambda: "sorted(%s, key=lambda p: p[%s])" % (pick(["[(1, 'b'), (0, 'z'), (1, 'a'), (0, 'y')]", "[('a', 2), ('b', 1), ('c', 2), ('d', 1)]"]), ri(0, 1)),
        lambda: "sorted(%s, key=%s, reverse=True)" % (pick(["['bb', 'a', 'cc', 'd', 'aa']", "[3, -3, 2, -2, 1]"]), pick(['len', 'abs', 'str'])),
        lambda: "%s(%s, key=%s)" % (pick(['min', 'max']), pick(["['bb', 'a', 'cc', 'd']", '[3, -3, 2, -2]']), pick(['len', 'abs', 'str'])),
    ])
    return m()


EXCS = ['ValueError', 'KeyError', 'IndexError', 'OSError', 'FileNotFoundError', 'StopIteration',
        'UnicodeDecodeError', 'SyntaxError', 'AttributeError', 'NameError', 'ImportError',
        'BaseException', 'SystemExit', 'LookupError', 'ZeroDivisionError', 'PermissionError']
EXC_ARGS = ['', "'m'", "'a', 'b'", '1', "''", "'k', 2, None", '()', "('t',)", "'utf-8', b'\\xff', 0, 1, 'bad'",
            "2, 'No such file'", "2, 'No such file', 'f.txt'", "13, 'denied', 'a', 0, 'b'", "None", "[1]"]


def c_exc():
    """Exceptions' str, repr, args and attributes, built with odd arguments."""
    e = "%s(%s)" % (pick(EXCS), pick(EXC_ARGS))
    m = pick([
        lambda: "[str(%s), repr(%s)]" % (e, e),
        lambda: "(lambda x: [x.args, type(x).__mro__[1].__name__])(%s)" % e,
        lambda: "(lambda x: [getattr(x, %r, 'none') for _ in '1'])(%s)" % (pick(['errno', 'strerror', 'filename', 'filename2', 'value', 'code', 'name', 'msg', 'reason', 'start', 'end', 'object', 'encoding', 'path', 'lineno']), e),
        lambda: "(lambda x: (x.add_note(%r), x.__notes__)[1])(%s)" % (pick(['n', '']), e),
        lambda: "(lambda x: (setattr(x, 'args', %s), str(x), repr(x))[1:])(%s)" % (pick(["(1, 2)", "()", "['l']", "'s'", "(None,)"]), e),
        lambda: "(lambda x: [x.with_traceback(None) is x, x.__cause__, x.__context__, x.__suppress_context__])(%s)" % e,
        lambda: "(lambda x: [isinstance(x, %s), issubclass(type(x), %s)])(%s)" % (pick(EXCS), pick(['Exception', 'OSError', 'LookupError', '(ValueError, KeyError)']), e),
        lambda: "str(%s(%s))" % (pick(['KeyError', 'ValueError', 'OSError']), pick(["''", "'x'", "1, 2", "KeyError('k')", "b'b'", "0.5", "{'a': 1}"])),
        lambda: "repr(ExceptionGroup(%r, [%s, %s]))" % (pick(['eg', '']), e, pick(['TypeError(1)', 'ValueError()'])),
        lambda: "(lambda g: [repr(x) for x in g.exceptions] + [str(g), repr(g.subgroup(%s)), repr(g.split(ValueError))])(ExceptionGroup('g', [ValueError(1), TypeError(2), ExceptionGroup('h', [ValueError(3)])]))" % pick(['ValueError', 'TypeError', 'KeyError', 'lambda e: isinstance(e, ValueError)']),
        lambda: "UnicodeDecodeError('utf-8', %s, %s, %s, 'bad').__str__()" % (pick(["b'\\xff'", "b'ab\\xfe\\xff'", "b''"]), ri(0, 3), ri(0, 4)),
        lambda: "str(UnicodeEncodeError('ascii', %r, %s, %s, 'no'))" % (pick(['\u20ac', 'a\xe9b', 'ab', '\U0001f600']), ri(0, 2), ri(0, 3)),
        lambda: "(lambda: %s)()" % pick(["b'\\xff'.decode()", "'\u20ac'.encode('ascii')", "b'\\xe2\\x82'.decode('utf-8')", "'a\udcff'.encode()", "bytes([256])", "int('1' * 5000)", "chr(-1)", "chr(0x110000)", "ord('ab')"]),
    ])
    return m()


def c_coll():
    """collections, heapq and bisect behaviour and reprs; int formatting with bases."""
    xs = pick(["[5, 1, 4, 1, 3]", "[]", "[2, 2, 2]", "[9, -1, 0, 7, 3, 3]", "['b', 'a', 'c']"])
    cnt = "collections.Counter(%s)" % pick(["'abracadabra'", "[1, 1, 2]", "{'a': 3, 'b': -1, 'c': 0}", "a=2, b=0", "''"])
    m = pick([
        lambda: "%s %s %s" % (cnt, pick(['+', '-', '&', '|', '==', '<=', '>=', '<']), cnt),
        lambda: "[+%s, -%s]" % (cnt, cnt),
        lambda: "(lambda c: (c.update(%s), c)[1])(%s)" % (pick(["'aab'", "{'a': -5}", "b=1"]), cnt),
        lambda: "(lambda c: [c['zz'], 'zz' in c, c.most_common(%s), sorted(c.elements())])(%s)" % (pick(['', '0', '1', '-1', 'None']), cnt),
        lambda: "(lambda q: (q.%s, list(q), repr(q))[1:])(collections.deque(%s, %s))" % (pick(['append(9)', 'appendleft(9)', 'extend([7, 8])', 'extendleft([7, 8])', 'pop()', 'popleft()', 'rotate(-2)', 'remove(1)', 'insert(1, 6)', 'index(3)', 'count(1)', 'reverse()', 'clear()', 'copy()']), xs, pick(['None', '2', '0', '3'])),
        lambda: "(lambda q: [q[%s], len(q), q.maxlen])(collections.deque(%s, %s))" % (ri(-3, 3), xs, pick(['None', '4'])),
        lambda: "(lambda d: (d.popitem(%s), repr(d), d == collections.OrderedDict(d), d == dict(d))[0:])(collections.OrderedDict([('x', 1), ('y', 2), ('z', 3)]))" % pick(['', 'last=False', 'False']),
        lambda: "(lambda d: [d[%r], repr(d), d.default_factory, repr(d.copy())])(collections.defaultdict(%s, {'a': 1}))" % (pick(['a', 'b']), pick(['int', 'list', 'None', 'lambda: 5', 'str'])),
        lambda: "(lambda N: [repr(N(1, 2)), N._fields, N(1, 2)._asdict(), N._make([3, 4]), N(1, 2)._replace(%s), N.__doc__])(collections.namedtuple('P', 'x y'%s))" % (pick(['y=9', 'z=1', 'x=0']), pick(['', ', defaults=[0]', ', rename=True', ", module='m'"])),
        lambda: "(lambda h: (heapq.%s, h)[0:])(%s)" % (pick(['heapify(h)', 'heappush(h, 2)', 'heappop(h)', 'heappushpop(h, 4)', 'heapreplace(h, 0)']), xs),
        lambda: "heapq.%s(%s, %s%s)" % (pick(['nlargest', 'nsmallest']), ri(-1, 4), xs, pick(['', ', key=lambda v: -v if isinstance(v, int) else v'])),
        lambda: "list(heapq.merge(%s, %s%s))" % (pick(["[1, 4, 9]", "[]"]), pick(["[2, 3, 10]", "[0]"]), pick(['', ', reverse=False', ', key=abs'])),
        lambda: "bisect.%s(%s, %s%s)" % (pick(['bisect_left', 'bisect_right', 'bisect']), pick(["[1, 2, 2, 3, 5]", "[]", "[0, 0]"]), ri(-1, 6), pick(['', ', 1', ', 1, 3', ', lo=2', ', key=lambda v: v'])),
        lambda: "(lambda a: (bisect.insort(a, %s), a)[1])(%s)" % (ri(-1, 6), pick(["[1, 2, 2, 3, 5]", "[]"])),
        lambda: "format(%s, %r)" % (pick(INTS + ['True', '-0']), pick(['b', '#b', 'o', '#o', 'x', '#X', '_x', ',d', '_d', '08b', '+#010x', '^12,', '=+8', 'c', 'n', 'e', '.2f', '%', 's', '.3', '#', ',b', '-^9o'])),
        lambda: "[%s(%s), int(%s(%s), 0)]" % ((pick(['bin', 'oct', 'hex']), pick(['0', '-1', '255', '-2**64', '10**20', 'True'])) * 2),
        lambda: "int(%r, %s)" % (pick(['0b_1', '0_7', '07', '00', '0x', '1e3', '1.0', '- 1', '\t12\n', '0XFF', 'Zz', '+0o7_7', '1' * 40]), pick(['0', '2', '8', '16', '36', '37', '1', '-1'])),
        lambda: "'{:%s}'.format(%s)" % (pick(['>8', '*^9', '+', ' ', '=10', '#o', ',', '_', '.5', '10.4s', '!r:>10', 'x}{0', '0>5d']), pick(["'ab'", '42', '-3.5', 'True', 'None', '[1]'])),
    ])
    return m()


FAMILIES = {"str": c_str, "bytes": c_bytes, "fmt": c_fmt, "nums": c_nums, "seq": c_seq, "views": c_views, "errs": c_errs,
            "intro": c_intro, "cls": c_cls, "libs": c_libs,
            "exc": c_exc, "coll": c_coll}

TB = [
    '''
def inner(x):
    return {'a': 1}[x]

def outer(x):
    try:
        return inner(x)
    except KeyError as e:
        raise ValueError('bad key %%r' %% x)%s

outer(%s)
''',
    '''
class AppError(Exception):
    def __str__(self):
        return 'app: ' + ' '.join(map(str, self.args))

def load(n):
    try:
        return [1, 2][n]
    except IndexError:
        try:
            return int('x%%d' %% n)
        except ValueError as e2:
            raise AppError(n, 'deep')%s

load(%s)
''',
    '''
def step(i):
    if i == 0:
        raise %s
    try:
        step(i - 1)
    except Exception as e:
        raise RuntimeError('level %%d' %% i)%s

step(%s)
''',
    '''
def run():
    try:
        1 / 0
    finally:
        %s

run()
''',
]


def tb_case():
    t = r.randrange(len(TB))
    frm = pick(['', ' from e', ' from None', ' from KeyError("k")', ' from TypeError()'])
    if t == 0:
        return TB[0] % (frm, pick(["'b'", "'a'", "[]"]))
    if t == 1:
        return TB[1] % (pick(['', ' from e2', ' from None']), pick(['5', '0', "'s'"]))
    if t == 2:
        return TB[2] % (pick(['ValueError("v")', 'KeyError("k")', 'OSError(2, "No such file")', 'TypeError',
                              'StopIteration(3)', 'ExceptionGroup("eg", [ValueError(1)])']),
                        pick(['', ' from e', ' from None']), r.randint(0, 3))
    return TB[3] % pick(['{}["k"]', 'print("finally")', 'raise ValueError("in finally")', '[][0]'])


def main():
    fams = list(FAMILIES) if PROFILE in ("mix", "tb") else PROFILE.split("+")
    if PROFILE == "tb":
        fams = ["errs"]
    n = r.randint(40, 80)
    cases = []
    for _ in range(n):
        f = pick(fams)
        cases.append(FAMILIES[f]())
    rounds = pick([1, 1, 40])
    out = [FUNCS, CLASSES, '''
import re


def show(v):
    if isinstance(v, (set, frozenset)):
        return '%s(%s)' % (type(v).__name__, sorted(v, key=repr))
    if hasattr(type(v), '__next__'):
        return 'iterator'  # hotloop's reversed(dict view) is of type reversed
    if callable(v) and not isinstance(v, type):
        return 'callable'
    if type(v).__name__ == 'object':
        return 'object'
    return re.sub(r' at 0x[0-9a-f]+', ' at 0x?', repr(v))


CASES = [''']
    for c in cases:
        out.append("    (%r, lambda: %s)," % (c, c))
    out.append('''
]
for rnd in range(%d):
    for i, (src, f) in enumerate(CASES):
        try:
            res = show(f())
        except Exception as e:
            res = re.sub(r' at 0x[0-9a-f]+', ' at 0x?', '%%s: %%s' %% (type(e).__name__, e))
        if rnd == %d:
            print(i, src, '->', res)
''' % (rounds, rounds - 1))
    if PROFILE == "tb":
        out.append(tb_case())
    print("\n".join(out))


main()
