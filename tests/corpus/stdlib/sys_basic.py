import sys
print(sys.float_info); print(sys.int_info); print(sys.hash_info); print(sys.maxunicode)
print(sys.float_info.max, sys.float_info[0], len(sys.float_info), sys.float_info.epsilon, sys.float_info.dig, sys.float_info.mant_dig)
print(type(sys.float_info), sys.getsizeof(1), sys.getsizeof('abc'), sys.getsizeof([]), sys.getsizeof(()), sys.getsizeof({}), sys.getsizeof(1.0), sys.getsizeof(2**100), sys.getsizeof(0), sys.getsizeof('é'), sys.getsizeof(b'ab'), sys.getsizeof((1, 2)))
print(sys.get_int_max_str_digits())
for v in [100, -1, 'x']:
    try: sys.set_int_max_str_digits(v)
    except Exception as e: print(type(e).__name__, e)
print(sys.intern('abc'), sys.version_info.major, sys.version_info[:2], sys.version_info >= (3, 8), sys.version_info)
print(sys.version_info < (3, 12), tuple(sys.version_info), sys.version.startswith('3.11.7'))
try: sys.intern(1)
except Exception as e: print(type(e).__name__, e)
print(sys.stdout.write('x\n'), sys.stdout.encoding, sys.stderr.encoding, sys.stdin.encoding, sys.stdout.name, sys.stdout.fileno(), sys.stdout.isatty(), sys.stderr.fileno())
print(sys.executable != '', sys.getdefaultencoding(), sys.getfilesystemencoding(), sys.byteorder, sys.platform, sys.maxsize, sys.maxsize == 2**63 - 1)
print(sys.argv[1:], type(sys.path), 'sys' in sys.modules, sys.getrecursionlimit() > 0)
sys.stderr.write('to stderr\n')
try:
    sys.exit(3)
except SystemExit as e:
    print('exit', e.code)
sys.exit('bye')
