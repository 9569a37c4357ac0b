import struct
tests = [lambda: struct.pack('h', 40000), lambda: struct.pack('b', 200), lambda: struct.pack('B', -1), lambda: struct.pack('H', -1),
lambda: struct.pack('i', 2**31), lambda: struct.pack('I', -1), lambda: struct.pack('q', 2**63), lambda: struct.pack('Q', -1), lambda: struct.pack('<l', 2**31), lambda: struct.pack('l', 2**63),
lambda: struct.pack('<Q', 2**64), lambda: struct.pack('i', 1.5), lambda: struct.pack('i', '1'), lambda: struct.pack('f', 'x'), lambda: struct.pack('c', b'ab'), lambda: struct.pack('s', 'x'),
lambda: struct.pack('y'), lambda: struct.pack('ii', 1), lambda: struct.pack('i', 1, 2), lambda: struct.unpack('i', b'abc'), lambda: struct.unpack_from('i', b'abc', 1), lambda: list(struct.iter_unpack('i', b'abcde')),
lambda: struct.pack('<n', 1), lambda: struct.pack('?', []), lambda: struct.pack('e', 1e6), lambda: struct.pack('<f', 1e300), lambda: struct.calcsize('3'), lambda: struct.pack('i'), lambda: struct.Struct(5), lambda: struct.pack_into('i', bytearray(2), 0, 1), lambda: struct.pack('x', 1),
lambda: struct.pack('<h', True), lambda: struct.unpack('i', 'abcd'), lambda: struct.iter_unpack('', b''), lambda: struct.pack('c', 'a'), lambda: struct.pack('!i', -2**31-1), lambda: struct.pack('>I', 2**32), lambda: struct.pack('<h', 40000)]
for t in tests:
    try: print(repr(t()))
    except Exception as e: print(type(e).__name__, e)
s = struct.Struct('<2hxq3s?')
print(s.format, s.size, s.pack(1, 2, 3, b'ab', True), s.unpack(s.pack(1, 2, 3, b'abcd', 0)))
print(struct.calcsize('@bhiq'), struct.calcsize('bhiq'), struct.calcsize('=bhiq'), struct.calcsize('i0q'), struct.calcsize('5p'), struct.calcsize('ci'), struct.calcsize('P'))
print(struct.pack('>d', 1.5), struct.pack('<f', 0.1), struct.unpack('<f', struct.pack('<f', 0.1)), struct.pack('e', 1.5), struct.unpack('<e', b'\x00<'))
print([struct.unpack('<e', struct.pack('<e', x))[0] for x in (0.1, -2.5, 65504.0, 6e-8, 1e-5, 0.333, float('inf'))])
print(struct.pack('5p', b'ab'), struct.unpack('5p', b'\x02abcd'), struct.pack('@bi', 1, 2), struct.pack('3s', b'abcdef'))
print(list(struct.iter_unpack('<h', b'\x01\x00\x02\x00')), struct.unpack_from('<h', b'xx\x05\x00', offset=2))
b = bytearray(8); struct.pack_into('<i', b, 2, -1); print(b)
print(struct.pack('<q', -1), struct.unpack('>Q', b'\xff'*8), struct.pack('<?', 5))
print(struct.unpack('<bBhHiIqQ', struct.pack('<bBhHiIqQ', -1, 255, -300, 65535, -7, 7, -2**63, 2**64-1)))
print(struct.pack('>3h', 1, 2, 3), struct.unpack('!2d', struct.pack('!2d', 1e300, -0.0)), struct.pack(b'<i', 7))
