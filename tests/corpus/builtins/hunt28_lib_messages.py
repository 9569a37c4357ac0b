# Library edges found by session 28's gen_lib.py hunt (each line differed
# from CPython 3.11 in every hotloop mode): ** of a non-mapping in a dict
# display, keyword arguments to tuple(), str()'s encoding type, % with a
# list/range/bytes operand (a mapping to CPython), deleting a bytearray
# extended slice by assigning b'', format() of a bool, float() of a
# bytearray, sequence repetition by a non-int, pop on an empty dict, open(),
# a sequence concatenated with an object, dict/list.__getitem__'s arity.
cases = [
    "{**{}, **{'a': 1}.keys()}",
    "{'q': 0, **[(1, 2)]}",
    "{**{1: 2}, **3}",
    "tuple(x=1)",
    "str(1, 2)",
    "str(b'a', 'utf-8', 3)",
    "'%(a)s' % [1, 2]",
    "'%%' % [1, 2]",
    "'%s' % [1, 2]",
    "'x' % range(3)",
    "'x' % b'ab'",
    "b'b' % range(2)",
    "b'x' % 'ab'",
    "'x' % 3",
    "format(False, ' #0.8s')",
    "format(True, '.2')",
    "float(bytearray(b'x'))",
    "bytearray(b'x') * (1,)",
    "object() * 's'",
    "'s' * object()",
    "object() * (1,)",
    "1.5 * 'a'",
    "{}.pop([])",
    "{}.pop([], 7)",
    "{1: 2}.pop([])",
    "open()",
    "(1,) + object()",
    "[1] + object()",
    "'s' + object()",
    "b'x' + object()",
    "object() + (1,)",
    "{}.__getitem__('x', 0)",
    "[].__getitem__()",
    "().__getitem__(1, 2)",
]
for rnd in range(30):
    for src in cases:
        try:
            res = repr(eval(src))
        except Exception as e:
            res = '%s: %s' % (type(e).__name__, e)
        if rnd == 29:
            print(src, '->', res)
for sl in [slice(1, 4, 2), slice(-1, 1, -1), slice(None, None, 2), slice(0, 3, 2), slice(5, 0, -2)]:
    for v in [b'', bytearray(), [], b'XY']:
        ba = bytearray(b'abcdef')
        try:
            ba[sl] = v
            print(sl, repr(v), ba)
        except ValueError as e:
            print(sl, repr(v), 'ValueError:', e)
