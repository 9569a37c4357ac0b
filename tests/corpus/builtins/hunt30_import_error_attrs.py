# ImportError keeps the name and path keywords and reads None for them when
# absent; msg is the only argument. SystemExit.code is None, the only
# argument, or the args tuple. (Found by gen_lib.py's exc family.)
for args in [(), ('m',), ('a', 'b')]:
    e = ImportError(*args)
    print(args, e.name, e.path, e.msg, e.args, repr(str(e)))
e = ImportError('m', name='pkg', path='/x/pkg.py')
print(e.name, e.path, e.msg, e.args, str(e), repr(e))
e = ModuleNotFoundError('gone', name='gone')
print(e.name, e.path, e.msg)
for cls in (ImportError, ModuleNotFoundError):
    try:
        cls('m', nme='typo')
    except TypeError as t:
        print(t)


class PluginMissing(ImportError):
    pass


e = PluginMissing('p', 2, path='q')
print(e.name, e.path, e.msg, e.args)
try:
    import hunt30_no_such_module
except ImportError as x:
    print(type(x).__name__, x.name, x.path, x.msg)
try:
    raise ImportError('late', name='n')
except ImportError as x:
    x.path = 'set'
    print(x.name, x.path, x.msg)
for args in [(), (0,), (None,), ('bye',), (2, 'x'), (1, 2, 3)]:
    print(args, repr(SystemExit(*args).code))
try:
    raise SystemExit(3, 'two')
except SystemExit as s:
    print(s.code, s.args)
