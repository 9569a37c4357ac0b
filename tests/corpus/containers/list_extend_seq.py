# list.extend from lists and tuples (copied straight from their slots),
# from itself, from subclasses and from other iterables.
a = [1, 2]
a.extend([3, 4])
a.extend((5,))
a.extend([])
a.extend(())
print(a)
a.extend(a)
print(a, len(a))
b = []
for i in range(40):
    b.extend(b[i % 3:])
    b.extend((i,))
    if len(b) > 100:
        b = b[-10:]
print(b)

class MyList(list):
    def __iter__(self):
        return iter(["iter", "used"])

class MyTuple(tuple):
    def __iter__(self):
        return iter(["tuple", "iter"])

c = []
c.extend(MyList([1, 2, 3]))
c.extend(MyTuple((4, 5)))
print(c)
d = [0]
d.extend(x * x for x in range(5))
d.extend({"k": 1, "j": 2})
d.extend("ab")
d.extend(range(3))
print(d)
e = [[1]]
e.extend(e)
e[0].append(2)
print(e, e[0] is e[1])
for bad in [5, None, 1.5]:
    try:
        [].extend(bad)
    except TypeError as ex:
        print("TypeError", ex)
big = list(range(1000))
out = []
for i in range(0, 1000, 7):
    out.extend(big[i:i + 3])
print(len(out), sum(out), out[-5:])
