# Slices of lists and tuples: every step and direction, empty results, and
# identity (a tuple's whole-length slice is the tuple itself in CPython; a
# list's never is), on tuple and list subclasses too.
l = list(range(10))
t = tuple(l)
print(l[2:7], l[::3], l[::-1], l[7:2:-2], l[5:5], l[-3:], l[100:], l[-100:2])
print(t[2:7], t[::-1], t[:0], t[1::4], t[-1:-5:-1])
print(t[:] is t, t[0:10] is t, t[::1] is t, t[0:100] is t, t[::-1] is t, t[1:] is t)
print(l[:] is l, l[:] == l, l[::1] is l)
e = ()
print(e[:] is e, (1,)[5:], [][::-1], t[::-1][:])


class T(tuple):
    pass


class L(list):
    pass


x = T((1, 2, 3))
y = L([1, 2, 3])
print(type(x[:]).__name__, x[:] is x, x[:] == x, type(y[:]).__name__, y[::-1])
big = list(range(100000))
s = big[::7]
print(len(s), s[-1], sum(big[1000:2000]), len(tuple(big)[::-3]))
nested = [[i] for i in range(5)]
c = nested[1:4]
c[0].append('shared')
print(nested, c)
