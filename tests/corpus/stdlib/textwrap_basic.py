import textwrap
s = "The quick brown fox jumps over the lazy dog. Pack my box with five dozen liquor jugs. A well-known, state-of-the-art co-operative mega-structure!"
for w in (10, 20, 35, 70):
    print(w, textwrap.wrap(s, w))
print(textwrap.fill(s, 30, initial_indent='* ', subsequent_indent='  '))
print(textwrap.wrap('supercalifragilisticexpialidocious is long', 10))
print(textwrap.wrap('supercalifragilisticexpialidocious is long', 10, break_long_words=False))
print(textwrap.wrap('a-b-c well-known x--y', 6))
print(textwrap.wrap('  leading and   multiple   spaces\tand\ttabs\n', 12))
print(textwrap.wrap('keep  spaces here', 8, drop_whitespace=False))
print(textwrap.wrap('', 10), textwrap.wrap('   ', 10))
print(textwrap.shorten("Hello  world!  This is long", width=12))
print(textwrap.shorten("Hello world", width=11), textwrap.shorten("Hello world!", width=10, placeholder='...'))
print(textwrap.wrap(s, 25, max_lines=2))
print(repr(textwrap.dedent('''
    def f():
        return 1
      
    x = 2
''')))
print(repr(textwrap.dedent('  a\n\tb\n')), repr(textwrap.dedent('    x\n  y\n')))
print(repr(textwrap.indent('a\n\nb\n  \nc', '> ')))
print(repr(textwrap.indent('a\nb', '+', lambda l: True)))
w = textwrap.TextWrapper(width=15, break_on_hyphens=False)
print(w.wrap('extra-ordinary long-winded sentence'))
try:
    textwrap.wrap('abc', 0)
except ValueError as e:
    print('ValueError', e)
try:
    textwrap.shorten('abc def', 3)
except ValueError as e:
    print('ValueError', e)
print(textwrap.fill('Tabs\there', 20, expand_tabs=False, replace_whitespace=False))
