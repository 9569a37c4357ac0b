# complex.real/imag, slice.start/stop/step and range.start/stop/step are
# member descriptors in their type dicts, as in CPython; instances serve
# the values as before.
import types
for T, names in ((complex, ('real', 'imag')), (slice, ('start', 'stop', 'step')), (range, ('start', 'stop', 'step'))):
    for n in names:
        d = getattr(T, n)
        print(T.__name__, n, type(d).__name__, d, d.__name__, d.__qualname__, d.__objclass__, T.__dict__[n] is d,
              isinstance(d, types.MemberDescriptorType), n in dir(T), hasattr(T, n))
print(complex.real.__get__(3+4j), complex.imag.__get__(3+4j, complex), complex.real.__get__(None, complex))
print(slice.stop.__get__(slice(1, 9, 2)), range.step.__get__(range(0, 10, 3)))
class Z(complex): pass
z = Z(1, 2)
print(z.real, z.imag, complex.imag.__get__(z), Z.real)
for f in (lambda: complex.real.__set__(1j, 2), lambda: complex.real.__delete__(1j), lambda: complex.real.__get__(5),
          lambda: slice.start.__get__(range(3)), lambda: setattr(1j, 'real', 3), lambda: setattr(slice(1), 'start', 3)):
    try:
        print(f())
    except (AttributeError, TypeError) as e:
        print(type(e).__name__, e)
s = 0.0
for i in range(500):
    c = complex(i, 1)
    s += c.real + c.imag + slice(i).stop + range(i, 9).start
print(s)
print([k for k in complex.__dict__ if not k.startswith('__')], [k for k in slice.__dict__ if not k.startswith('__')], [k for k in range.__dict__ if not k.startswith('__')])
