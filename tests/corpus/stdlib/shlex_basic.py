# shlex: split/quote/join and the shlex class on tricky inputs, plus a
# differential sweep over pseudo-random strings (compared with CPython).
import io
import shlex

TRICKY = [
    '', ' ', 'a', 'a b  c', "a 'b c' d", 'a "b c" d', "'unterminated",
    '"unterminated', 'trail\\', 'a\\ b', '"a\\"b"', "'a\\'b'", '"a\\\\b"',
    '"a\\b"', "a'b'c", 'a"b"c', "''", '""', "'' ''", 'x # comment\ny',
    'a#b', 'a;b|c&&d', 'ls -l >out.txt 2>&1', 'echo $HOME ~/x *.py',
    'foo(bar)', "a\tb\rc\nd", 'é ñ ß', '"\'"', "'\"'", '\\\\', '\\"',
    'a\\\nb', '#only comment', 'x "#not comment" y', 'a\\#b',
    "don't", 'a=b c==d', '((a))', ';;', '&&||', '< > <<', 'a-b.c/d*e?f~g',
    '"a b"c"d e"', "mixed 'single \"double\" inside' end",
]


def show(label, fn):
    try:
        print(label, repr(fn()))
    except ValueError as e:
        print(label, type(e).__name__, e)


def lex_tokens(s, posix, punct, ws_split, comments=True):
    lex = shlex.shlex(s, posix=posix, punctuation_chars=punct)
    lex.whitespace_split = ws_split
    if not comments:
        lex.commenters = ''
    return list(lex)


def try_all(s):
    show('split', lambda: shlex.split(s))
    show('split c', lambda: shlex.split(s, comments=True))
    show('split np', lambda: shlex.split(s, posix=False))
    for posix in (True, False):
        for punct in (False, True, '|;'):
            for ws in (False, True):
                show('lex %d %r %d' % (posix, punct, ws),
                     lambda: lex_tokens(s, posix, punct, ws))


for s in TRICKY:
    print('==', repr(s))
    try_all(s)
    print('quote', repr(shlex.quote(s)))
    try:
        back = shlex.split(shlex.quote(s))
    except ValueError as e:
        back = e
    print('roundtrip', back == [s])

# join/quote
for args in [[], [''], ['a'], ['a b', "it's", ''], ['$x', '`y`', '!'],
             ['é', 'ok.txt', 'a@b%c+d=e:f,g./-h']]:
    j = shlex.join(args)
    print('join', repr(j), shlex.split(j) == args)
for v in ['', 'plain', 'has space', "'", '"', '\n', 0, None, 1, b'x']:
    try:
        print('quote', repr(v), repr(shlex.quote(v)))
    except TypeError as e:
        print('quote', repr(v), type(e).__name__, e)

# The class API: get_token, push_token, read_token, lineno, eof.
lex = shlex.shlex('one two\nthree "four five"\n# c\nsix')
print(lex.eof == '', lex.posix, lex.lineno)
print(lex.get_token(), lex.lineno)
lex.push_token('pushed')
print(lex.get_token(), lex.get_token(), lex.lineno)
print(lex.read_token(), lex.read_token(), lex.lineno)
print(list(lex), lex.lineno, repr(lex.get_token()))

lex = shlex.shlex(io.StringIO('alpha beta\ngamma'), posix=True)
print(lex.eof, [t for t in lex], lex.lineno)
print(lex.error_leader(), lex.error_leader('f.txt', 9))

# custom character classes
lex = shlex.shlex('a-b c:d "e f"', posix=True)
lex.wordchars += '-:'
print(list(lex))
lex = shlex.shlex('a|b c|d', posix=True)
lex.whitespace = '|'
print(list(lex))
lex = shlex.shlex("x 'y z' %w v%", posix=True)
lex.quotes = '%'
print(list(lex))
lex = shlex.shlex('a^ b "c^"d" e^f', posix=True)
lex.escape = '^'
print(list(lex))
lex = shlex.shlex("'a\\'b' \"c\\\"d\"", posix=True)
lex.escapedquotes = '\'"'
print(list(lex))
lex = shlex.shlex('a ; b // c\nd', posix=True)
lex.commenters = '/'
print(list(lex))
lex = shlex.shlex('a && b || c', punctuation_chars=True)
print(lex.punctuation_chars, list(lex))
print(shlex.shlex('x', punctuation_chars='|').wordchars[-8:])
lex = shlex.shlex('a b', posix=True)
lex.push_token('z')
print(next(lex), next(lex), next(lex))
try:
    next(lex)
except StopIteration:
    print('StopIteration')
print(shlex.__all__)

# Pseudo-random differential sweep (a fixed LCG so both runtimes agree).
ALPHABET = "ab'\"\\ #;|&()-\n\t"
seed = 12345


def rnd(n):
    global seed
    seed = (seed * 1103515245 + 12345) % 2147483648
    return seed % n


for i in range(300):
    s = ''.join(ALPHABET[rnd(len(ALPHABET))] for _ in range(rnd(12)))
    print('#%d' % i, repr(s))
    show(' s', lambda: shlex.split(s))
    show(' sc', lambda: shlex.split(s, comments=True))
    show(' snp', lambda: shlex.split(s, posix=False))
    show(' lp', lambda: lex_tokens(s, True, False, False))
    show(' ln', lambda: lex_tokens(s, False, False, False))
    show(' lpp', lambda: lex_tokens(s, True, True, False))
    show(' lnp', lambda: lex_tokens(s, False, True, False))
    show(' lppw', lambda: lex_tokens(s, True, True, True))
    show(' lnpw', lambda: lex_tokens(s, False, '|;', True, False))
    q = shlex.quote(s)
    print(' q', repr(q), shlex.split(q) == [s])
