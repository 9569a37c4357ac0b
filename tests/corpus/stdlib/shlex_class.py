# shlex: the class's less common API: source inclusion, push_source and
# pop_source, debug traces, state, lineno, error_leader, file input,
# split(None) (deprecated: reads stdin), and errors from get_token.
import io
import shlex


class Includer(shlex.shlex):
    FILES = {'inc': 'i1 i2\ni3', 'deep.txt': 'd1 source inc d2'}

    def sourcehook(self, newfile):
        print('  hook', repr(newfile), self.lineno)
        if newfile[0] == '"':
            newfile = newfile[1:-1]
        return (newfile, io.StringIO(self.FILES[newfile]))


lex = Includer('a b\nsource inc c\nsource "deep.txt" e', 'main.txt')
lex.source = 'source'
while True:
    tok = lex.get_token()
    if tok == lex.eof:
        break
    print(repr(tok), lex.infile, lex.lineno, lex.error_leader())

lex = shlex.shlex('x y z', posix=True)
print(lex.get_token())
lex.push_source('p q\nr', 'pushed.txt')
print(lex.get_token(), lex.infile, lex.lineno)
print(list(lex), lex.infile, lex.lineno)

lex = shlex.shlex('p q')
lex.push_source(io.StringIO('inner'))
lex.pop_source()
print(lex.state, list(lex))

# debug traces (levels 1 and 3)
lex = shlex.shlex('ab "c d"', posix=True)
lex.debug = 1
lex.push_token('t0')
print(list(lex))
lex = shlex.shlex("a 'b'")
lex.debug = 3
print(list(lex))

for src, punct in [('a;b  "c', False), ('a;b\\', True), ('x<<y', True)]:
    lex = shlex.shlex(src, posix=True, punctuation_chars=punct)
    lex.debug = 2
    try:
        print(list(lex))
    except ValueError as e:
        print(type(e).__name__, e)

# state and lineno while reading
lex = shlex.shlex('one\n\n# note\ntwo "x\ny" three', posix=True)
while True:
    tok = lex.get_token()
    print(repr(tok), repr(lex.state), lex.lineno, repr(lex.token))
    if tok is None:
        break
print(repr(lex.get_token()), repr(lex.read_token()))

lex = shlex.shlex('w1 w2 # tail', posix=False)
print(list(lex), lex.lineno)
lex = shlex.shlex('w1#c1\nw2', posix=True)
print(list(lex), lex.lineno)

# a file object as instream, and infile
with open('shlex_class_input.txt', 'w') as f:
    f.write('from "a file" \\\n line\n')
with open('shlex_class_input.txt') as f:
    lex = shlex.shlex(f, 'named', posix=True)
    lex.whitespace_split = True
    print(list(lex), lex.infile, lex.lineno, lex.error_leader())
import os
os.remove('shlex_class_input.txt')

# errors
for src, posix in [('"abc', True), ('"abc', False), ("a\\", True), ("'a\\'", True),
                   ('"a\\', True)]:
    lex = shlex.shlex(src, posix=posix)
    try:
        print(list(lex))
    except ValueError as e:
        print(type(e).__name__, e, lex.lineno, repr(lex.token), repr(lex.state))

print(shlex.split(None))
print(shlex.split('a "b c"', posix=False), shlex.split('a#b c', comments=True))
print(shlex.shlex('a', posix=True).wordchars)
print(shlex.shlex('a', punctuation_chars='-.').wordchars)
print(shlex.shlex('a', punctuation_chars=None).punctuation_chars == '')
shlex.shlex('x').punctuation_chars = 'x'
