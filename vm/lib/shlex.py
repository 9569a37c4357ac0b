"""Shell-like lexing (hotloop's own implementation of CPython 3.11's
shlex module): the shlex class, split, quote and join.

The lexer is a small state machine driven one character at a time. Its
state is one of: ' ' (between tokens), 'a' (inside a word), 'c' (inside
a run of punctuation characters), a quote character (inside a quoted
part), an escape character (just after an escape), or None (input
exhausted). Each state has its own method below; a method returns True
when the current token is complete. The results, including the odd
corners (a comment inside a non-POSIX word continues the word on the
next line; a stray character after a word comes back as its own token),
follow CPython's observable behaviour.
"""

import sys
from collections import deque
from io import StringIO

__all__ = ['shlex', 'split', 'quote', 'join']

_ASCII_WORD = ('abcdfeghijklmnopqrstuvwxyz'
               'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_')
_LATIN1_WORD = ('ßàáâãäåæçèéêëìíîïðñòóôõöøùúûüýþÿ'
                'ÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÐÑÒÓÔÕÖØÙÚÛÜÝÞ')
_FILENAME_EXTRA = '~-./*?='
_DEFAULT_PUNCTUATION = '();<>|&'


class shlex:
    """A lexical analyser for shell-like syntaxes."""

    def __init__(self, instream=None, infile=None, posix=False,
                 punctuation_chars=False):
        if isinstance(instream, str):
            instream = StringIO(instream)
        if instream is None:
            self.instream = sys.stdin
            self.infile = None
        else:
            self.instream = instream
            self.infile = infile
        self.posix = posix
        self.eof = None if posix else ''
        self.commenters = '#'
        self.wordchars = _ASCII_WORD + (_LATIN1_WORD if posix else '')
        self.whitespace = ' \t\r\n'
        self.whitespace_split = False
        self.quotes = '\'"'
        self.escape = '\\'
        self.escapedquotes = '"'
        self.state = ' '
        self.pushback = deque()
        self.lineno = 1
        self.debug = 0
        self.token = ''
        self.filestack = deque()
        self.source = None
        if not punctuation_chars:
            punctuation_chars = ''
        elif punctuation_chars is True:
            punctuation_chars = _DEFAULT_PUNCTUATION
        self._punctuation_chars = punctuation_chars
        if punctuation_chars:
            # Characters read ahead while closing a punctuation run.
            self._pushback_chars = deque()
            kept = []
            for ch in self.wordchars + _FILENAME_EXTRA:
                if ch not in punctuation_chars:
                    kept.append(ch)
            self.wordchars = ''.join(kept)

    @property
    def punctuation_chars(self):
        return self._punctuation_chars

    def push_token(self, tok):
        """Push a token back so that get_token returns it next."""
        if self.debug >= 1:
            print("shlex: pushing token " + repr(tok))
        self.pushback.appendleft(tok)

    def push_source(self, newstream, newfile=None):
        """Read from newstream until it is exhausted, then resume."""
        if isinstance(newstream, str):
            newstream = StringIO(newstream)
        self.filestack.appendleft((self.infile, self.instream, self.lineno))
        self.infile = newfile
        self.instream = newstream
        self.lineno = 1
        if self.debug:
            if newfile is not None:
                print('shlex: pushing to file %s' % (self.infile,))
            else:
                print('shlex: pushing to stream %s' % (self.instream,))

    def pop_source(self):
        """Close the current input and go back to the one it interrupted."""
        self.instream.close()
        self.infile, self.instream, self.lineno = self.filestack.popleft()
        if self.debug:
            print('shlex: popping to %s, line %d' % (self.instream, self.lineno))
        self.state = ' '

    def get_token(self):
        """Return the next token (pushed-back tokens first)."""
        if self.pushback:
            tok = self.pushback.popleft()
            if self.debug >= 1:
                print("shlex: popping token " + repr(tok))
            return tok
        raw = self.read_token()
        if self.source is not None:
            while raw == self.source:
                spec = self.sourcehook(self.read_token())
                if spec:
                    newfile, newstream = spec
                    self.push_source(newstream, newfile)
                raw = self.get_token()
        while raw == self.eof:
            if not self.filestack:
                return self.eof
            self.pop_source()
            raw = self.get_token()
        if self.debug >= 1:
            if raw != self.eof:
                print("shlex: token=" + repr(raw))
            else:
                print("shlex: token=EOF")
        return raw

    # -- the character-level state machine --------------------------------

    def _next_char(self):
        if self._punctuation_chars and self._pushback_chars:
            return self._pushback_chars.pop()
        return self.instream.read(1)

    def _trace(self, message):
        if self.debug >= 2:
            print(message)

    def _token_ready(self):
        return bool(self.token) or (self.posix and self._quoted)

    def _skip_comment(self):
        self.instream.readline()
        self.lineno += 1

    def _between(self, ch):
        """State ' ': skipping white space before a token."""
        if not ch:
            self.state = None
            return True
        if ch in self.whitespace:
            self._trace("shlex: I see whitespace in whitespace state")
            return self._token_ready()
        if ch in self.commenters:
            self._skip_comment()
            return False
        if self.posix and ch in self.escape:
            self._after_escape = 'a'
            self.state = ch
            return False
        if ch in self.wordchars:
            self.token = ch
            self.state = 'a'
            return False
        if ch in self._punctuation_chars:
            self.token = ch
            self.state = 'c'
            return False
        if ch in self.quotes:
            if not self.posix:
                self.token = ch
            self.state = ch
            return False
        if self.whitespace_split:
            self.token = ch
            self.state = 'a'
            return False
        self.token = ch
        return self._token_ready()

    def _in_quotes(self, ch):
        """A quote state: collecting characters up to the closing quote."""
        self._quoted = True
        if not ch:
            self._trace("shlex: I see EOF in quotes state")
            raise ValueError("No closing quotation")
        if ch == self.state:
            if self.posix:
                self.state = 'a'
                return False
            self.token += ch
            self.state = ' '
            return True
        if self.posix and ch in self.escape and self.state in self.escapedquotes:
            self._after_escape = self.state
            self.state = ch
            return False
        self.token += ch
        return False

    def _escaped(self, ch):
        """An escape state: the next character is taken literally."""
        if not ch:
            self._trace("shlex: I see EOF in escape state")
            raise ValueError("No escaped character")
        back = self._after_escape
        # Inside quotes only the quote and the escape itself lose the escape.
        if back in self.quotes and ch != self.state and ch != back:
            self.token += self.state
        self.token += ch
        self.state = back
        return False

    def _in_word(self, ch):
        """State 'a' or 'c': extending a word or a punctuation run."""
        if not ch:
            self.state = None
            return True
        if ch in self.whitespace:
            self._trace("shlex: I see whitespace in word state")
            self.state = ' '
            return self._token_ready()
        if ch in self.commenters:
            self._skip_comment()
            if self.posix:
                self.state = ' '
                return self._token_ready()
            return False
        if self.state == 'c':
            if ch in self._punctuation_chars:
                self.token += ch
                return False
            if ch not in self.whitespace:
                self._pushback_chars.append(ch)
            self.state = ' '
            return True
        if self.posix and ch in self.quotes:
            self.state = ch
            return False
        if self.posix and ch in self.escape:
            self._after_escape = 'a'
            self.state = ch
            return False
        if (ch in self.wordchars or ch in self.quotes
                or (self.whitespace_split and ch not in self._punctuation_chars)):
            self.token += ch
            return False
        if self._punctuation_chars:
            self._pushback_chars.append(ch)
        else:
            self.pushback.appendleft(ch)
        self._trace("shlex: I see punctuation in word state")
        self.state = ' '
        return self._token_ready()

    def read_token(self):
        """Read one raw token from the input, ignoring pushed-back tokens."""
        self._quoted = False
        self._after_escape = ' '
        while True:
            ch = self._next_char()
            if ch == '\n':
                self.lineno += 1
            if self.debug >= 3:
                print("shlex: in state %r I see character: %r" % (self.state, ch))
            state = self.state
            if state is None:
                self.token = ''
                break
            if state == ' ':
                done = self._between(ch)
            elif state in self.quotes:
                done = self._in_quotes(ch)
            elif state in self.escape:
                done = self._escaped(ch)
            elif state == 'a' or state == 'c':
                done = self._in_word(ch)
            else:
                done = False
            if done:
                break
        result = self.token
        self.token = ''
        if self.posix and not self._quoted and result == '':
            result = None
        if self.debug > 1:
            if result:
                print("shlex: raw token=" + repr(result))
            else:
                print("shlex: raw token=EOF")
        return result

    def sourcehook(self, newfile):
        """Open the file named by a source-inclusion request."""
        if newfile[0] == '"':
            newfile = newfile[1:-1]
        if isinstance(self.infile, str) and not newfile.startswith('/'):
            slash = self.infile.rfind('/')
            if slash >= 0:
                newfile = self.infile[:slash + 1] + newfile
        return (newfile, open(newfile, "r"))

    def error_leader(self, infile=None, lineno=None):
        """Return a compiler-style '"file", line N: ' prefix."""
        if infile is None:
            infile = self.infile
        if lineno is None:
            lineno = self.lineno
        return "\"%s\", line %d: " % (infile, lineno)

    def __iter__(self):
        return self

    def __next__(self):
        token = self.get_token()
        if token == self.eof:
            raise StopIteration
        return token


def split(s, comments=False, posix=True):
    """Split s into a list of words the way a POSIX shell would."""
    if s is None:
        import warnings
        warnings.warn("Passing None for 's' to shlex.split() is deprecated.",
                      DeprecationWarning, stacklevel=2)
    lex = shlex(s, posix=posix)
    lex.whitespace_split = True
    if not comments:
        lex.commenters = ''
    return list(lex)


_SAFE = frozenset('abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'
                  '0123456789_@%+=:,./-')


def quote(s):
    """Return a shell-escaped version of the string s."""
    if not s:
        return "''"
    if not isinstance(s, str):
        if isinstance(s, (bytes, bytearray, memoryview)):
            raise TypeError("cannot use a string pattern on a bytes-like object")
        raise TypeError("expected string or bytes-like object, got '%s'"
                        % type(s).__name__)
    for ch in s:
        if ch not in _SAFE:
            break
    else:
        return s
    # Close the single quotes, emit the quote inside double quotes, reopen.
    return "'" + s.replace("'", "'\"'\"'") + "'"


def join(split_command):
    """Return a shell-escaped string from the list split_command."""
    return ' '.join([quote(arg) for arg in split_command])
