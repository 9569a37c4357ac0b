# os and os.path: path manipulation, a scratch directory tree under the
# program's own directory (removed at the end), environ, errors.
import os
import os.path
print(os.sep, os.pathsep, os.linesep == '\n', os.curdir, os.pardir, os.name)
print(os.path.join('a', 'b', 'c.txt'), os.path.join('/x', 'y/'), os.path.join('a', '/abs'), os.path.join('', 'z'))
for p in ['a/b/c.txt', '/', 'file', 'dir/', '.hidden', 'a.b/c', 'x.tar.gz', '//two', '../up/./x']:
    print(repr(p), os.path.split(p), os.path.splitext(p), os.path.basename(p), os.path.dirname(p), os.path.normpath(p), os.path.isabs(p))
print(os.path.abspath('q') == os.path.join(os.getcwd(), 'q'), os.path.relpath('/a/b/c', '/a/d'), os.path.commonprefix(['abc', 'abd']), os.path.commonpath(['/a/b/c', '/a/b/d']))
base = '_os_basic_tmp'
os.makedirs(os.path.join(base, 'sub', 'deeper'))
os.makedirs(os.path.join(base, 'sub'), exist_ok=True)
try:
    os.makedirs(base)
except FileExistsError as e:
    print(type(e).__name__, e.errno, e.strerror)
with open(os.path.join(base, 'a.txt'), 'w') as f:
    f.write('hello')
with open(os.path.join(base, 'sub', 'b.txt'), 'w') as f:
    f.write('world!')
print(sorted(os.listdir(base)), os.path.exists(base), os.path.isdir(base), os.path.isfile(base))
print(os.path.isfile(os.path.join(base, 'a.txt')), os.path.getsize(os.path.join(base, 'sub', 'b.txt')), os.stat(os.path.join(base, 'a.txt')).st_size)
for root, dirs, files in os.walk(base):
    dirs.sort()
    print(root, sorted(dirs), sorted(files))
os.rename(os.path.join(base, 'a.txt'), os.path.join(base, 'c.txt'))
print(sorted(os.listdir(base)))
for bad in [lambda: os.remove(os.path.join(base, 'nope')), lambda: os.listdir('no_such_dir'), lambda: os.mkdir(base),
            lambda: os.rmdir(base), lambda: os.stat('missing_file'), lambda: os.path.join(1, 'x'), lambda: os.path.join('a', b'b')]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
os.remove(os.path.join(base, 'c.txt'))
os.remove(os.path.join(base, 'sub', 'b.txt'))
os.rmdir(os.path.join(base, 'sub', 'deeper'))
os.rmdir(os.path.join(base, 'sub'))
os.rmdir(base)
print(os.path.exists(base))
os.environ['HOTLOOP_TEST_VAR'] = 'v1'
print(os.environ['HOTLOOP_TEST_VAR'], os.getenv('HOTLOOP_TEST_VAR'), os.getenv('NO_SUCH_VAR_X'), os.getenv('NO_SUCH_VAR_X', 'dflt'), 'HOTLOOP_TEST_VAR' in os.environ)
del os.environ['HOTLOOP_TEST_VAR']
print(os.environ.get('HOTLOOP_TEST_VAR'))
try:
    os.environ['X'] = 1
except TypeError as e:
    print(e)
print(type(os.getcwd()), type(os.getpid()), os.fspath('p'))
