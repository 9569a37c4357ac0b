# re.error messages and positions for bad patterns, bad templates, and
# type errors of the re API.
import re
for p in ['(', ')', '*', '[a', 'a**', r'\q', '(?P<1>x)', '(?P=x)', r'(a)\2', '[z-a]',
          '(?P<a>x)(?P<a>y)', 'x{2,1}', '(?z)', 'a(?i)b', '(?i', r'\x4', '(?P<a',
          'a|*', '(?<a>x)', r'[\d-z]', '(a)(?(3)b)', '+a', 'a{3}{2}', '(?#abc', 'ab\n(']:
    try:
        re.compile(p)
        print(repr(p), 'ok')
    except re.error as e:
        print(repr(p), '|', e.msg, '|', e.pos, '|', e)
for f in [lambda: re.match('a', 1), lambda: re.match('a', b'a'), lambda: re.match(b'a', 'a'),
          lambda: re.compile(1), lambda: re.compile(re.compile('a'), re.I),
          lambda: re.match('(a)', 'a').group(1, 5), lambda: re.match('(a)', 'a').start(4),
          lambda: re.match('(a)', 'a').group('nope'),
          lambda: re.sub('a', r'\q', 'a'), lambda: re.sub('a', r'\2', 'a'),
          lambda: re.sub('(a)', r'\g<x>', 'a'), lambda: re.sub('a', r'\g<1', 'a')]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
print(issubclass(re.error, Exception), re.error.__name__)
