from array import array
a = array('i', [1, 2, 3]); print(a, len(a), a[0], a[-1], a[1:], a.tolist(), a.itemsize, a.typecode)
a.append(4); a.extend([5, 6]); a.insert(0, 0); print(a, a.pop(), a.index(3), a.count(2), 3 in a)
b = array('d', [1.5, 2]); print(b, b.tobytes(), array('d', b.tobytes()))
c = array('b'); c.frombytes(b'\x01\xff'); print(c, repr(array('B')), list(c), c + array('b', [7]), c * 2)
for bad in [lambda: array('b', [200]), lambda: array('B', [-1]), lambda: array('i', [1.5]), lambda: array('z'), lambda: array('i', 'ab'), lambda: a[100], lambda: array('i').pop(), lambda: a.remove(99), lambda: array('h', [40000]), lambda: array('d', ['x'])]:
    try: bad()
    except Exception as e: print(type(e).__name__, e)
a[1] = 10; a.reverse(); print(a, a == array('i', a.tolist()), sum(a), sorted(a))
print(array('u', 'hé'), array('q', [2**62]).tobytes(), array('H', [1, 2]).tobytes())
