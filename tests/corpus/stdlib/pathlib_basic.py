# pathlib: pure path parsing and manipulation, and Path's file system
# operations in a scratch directory (paths printed relative to it).
import os
from pathlib import Path, PurePath, PurePosixPath as P

for s in ['', '.', '/', '//', '///', 'a//b/./c/', '//a', 'a/../b', '/a/b.tar.gz',
          '.bashrc', 'a.', 'a..b', 'x/y/', '~/z']:
    p = P(s)
    print(repr(s), repr(p), str(p), p.parts, repr(p.name), repr(p.suffix), p.suffixes,
          repr(p.stem), repr(p.parent), repr(p.anchor), p.is_absolute())
print(list(P('/a/b/c').parents), P('/a/b/c').parents[-1], P('a/b').parents[0:1],
      len(P('a/b/c').parents), repr(P('a').parents))
try:
    P('a').parents[1]
except IndexError as e:
    print("IndexError", e)
print(P('a', 'b', '/c', 'd'), P('a') / 'b' / 'c', 'x' / P('y'), P('/etc') / P('passwd'), P('a').joinpath('b', 'c'))
print(P('/a/b/c').relative_to('/a'), P('/a/b/c').relative_to('/'), P('a/b').relative_to('a/b'),
      P('/a/b').is_relative_to('/a'), P('/a/b').is_relative_to('/c'))
for args in (('b',), ('/a/b/c',), ()):
    try:
        P('/a/b').relative_to(*args)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(P('a/b.txt').with_name('c.py'), P('a/b.txt').with_suffix('.md'), P('a/b.txt').with_suffix(''),
      P('a/b').with_suffix('.gz'), P('a/b.tar.gz').with_stem('c'))
for fn, arg in ((P('a/b').with_suffix, 'x'), (P('a/b').with_suffix, '.'), (P('a/b').with_suffix, './x'),
                (P('/').with_name, 'x'), (P('a').with_name, ''), (P('a').with_name, 'b/c'),
                (P('').with_suffix, '.x')):
    try:
        fn(arg)
    except ValueError as e:
        print("ValueError", e)
for bad in (1, b'bytes', None):
    try:
        P(bad)
    except TypeError as e:
        print("TypeError", e)
print(P('a/b.py').match('*.py'), P('/a/b.py').match('/*.py'), P('/a/b.py').match('/a/*.py'),
      P('a/b/c.py').match('b/*.py'), P('a/b/c.py').match('a/*.py'), P('a/B.PY').match('*.py'))
try:
    P('a').match('')
except ValueError as e:
    print("ValueError", e)
print(P('a/b') < P('a/c'), P('a') == P('a/'), P('a') == P('./a'), P('a') == 'a', hash(P('x/y')) == hash(P('x//y')),
      sorted([P('b'), P('a/c'), P('a')]), P('/x').as_uri(), P('/a b/ü%').as_uri(), P('a').as_posix(), bytes(P('a/b')), os.fspath(P('q')))
try:
    P('a').as_uri()
except ValueError as e:
    print("ValueError", e)
print(PurePath('x'), type(PurePath('x')).__name__, type(Path('x')).__name__, isinstance(Path('x'), PurePath))
print({P('a'): 1}[P('a/')], P('a').is_reserved(), P('a/b').drive, P('/a').root)

base = Path('/tmp') / ('hl_pathlib_%d' % os.getpid())
base.mkdir()
try:
    print(base.exists(), base.is_dir(), base.is_file(), base.is_absolute())
    (base / 'sub' / 'deep').mkdir(parents=True)
    try:
        (base / 'sub').mkdir()
    except FileExistsError as e:
        print("FileExistsError", e.errno)
    (base / 'sub').mkdir(exist_ok=True)
    try:
        (base / 'no' / 'parent').mkdir()
    except FileNotFoundError as e:
        print("FileNotFoundError", e.errno)
    f = base / 'notes.txt'
    print(f.write_text('hello\nworld\n'), f.read_text(), f.stat().st_size, f.is_file(), f.suffix)
    print(f.write_bytes(b'\x00\x01bin'), f.read_bytes())
    try:
        f.write_text(b'x')
    except TypeError as e:
        print("TypeError", e)
    with f.open('a') as fh:
        fh.write('more')
    print(f.read_bytes())
    (base / 'sub' / 'a.py').write_text('print(1)')
    (base / 'sub' / 'deep' / 'b.py').write_text('print(2)')
    (base / 'sub' / 'c.txt').touch()
    (base / 'sub' / 'c.txt').touch()
    try:
        (base / 'sub' / 'c.txt').touch(exist_ok=False)
    except FileExistsError as e:
        print("FileExistsError", e.errno)
    rel = lambda ps: sorted(str(p.relative_to(base)) for p in ps)
    print(rel(base.iterdir()), rel((base / 'sub').iterdir()))
    print(rel(base.glob('*')), rel(base.glob('sub/*.py')), rel(base.glob('**/*.py')), rel(base.rglob('*.py')),
          rel(base.glob('**')), rel(base.glob('*/')), rel(base.glob('sub/deep/b.py')), rel(base.glob('nothing*')))
    for pat in ('', '/abs'):
        try:
            list(base.glob(pat))
        except (ValueError, NotImplementedError) as e:
            print(type(e).__name__, e)
    g = f.rename(base / 'renamed.txt')
    print(g.name, f.exists(), g.exists(), type(g).__name__)
    h = g.replace(base / 'sub' / 'moved.txt')
    print(str(h.relative_to(base)), h.samefile(base / 'sub' / 'moved.txt'))
    h.unlink()
    h.unlink(missing_ok=True)
    try:
        h.unlink()
    except FileNotFoundError as e:
        print("FileNotFoundError", e.errno)
    print((base / 'sub' / '..' / 'sub').resolve() == (base / 'sub').resolve(), Path('.').absolute() == Path.cwd(),
          Path('~').expanduser() == Path.home(), Path('rel').absolute().is_absolute())
    try:
        (base / 'missing').resolve(strict=True)
    except FileNotFoundError as e:
        print("FileNotFoundError", e.errno)
    try:
        (base / 'sub').rmdir()
    except OSError as e:
        print(type(e).__name__, e.errno)
finally:
    for p in sorted(base.rglob('*'), key=lambda p: len(p.parts), reverse=True):
        if p.is_dir():
            p.rmdir()
        else:
            p.unlink()
    base.rmdir()
print(base.exists())
