# bisect: left/right searches with lo/hi/key, insort variants, sequences
# other than lists, argument errors.
import bisect


def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


a = [1, 2, 2, 2, 3, 5, 8]
for x in [0, 1, 2, 3, 4, 8, 9]:
    print(x, bisect.bisect_left(a, x), bisect.bisect_right(a, x), bisect.bisect(a, x))
print(bisect.bisect_left(a, 2, 2), bisect.bisect_right(a, 2, 0, 3), bisect.bisect(a, 2, lo=4))
print(bisect.bisect_left(a, 5, hi=3), bisect.bisect_right(a, 5, 1, None), bisect.bisect(a, 9, 0, -1))
print(bisect.bisect_left(a, x=3, a=a), bisect.bisect_right(a, 2, hi=-5))
print(bisect.bisect_left((1, 3, 5), 3), bisect.bisect_right("aceg", "d"), bisect.bisect(range(0, 100, 5), 42))

recs = [("a", 1), ("b", 3), ("c", 5)]
print(bisect.bisect_left(recs, 3, key=lambda r: r[1]), bisect.bisect_right(recs, 3, key=lambda r: r[1]))
print(bisect.bisect(recs, 0, key=lambda r: r[1]), bisect.bisect(recs, 9, key=None))

s = []
for x in [5, 1, 4, 1, 3]:
    bisect.insort(s, x)
print(s)
bisect.insort_left(s, 4)
bisect.insort_right(s, 4.0)
print(s, [type(v).__name__ for v in s])
bisect.insort(s, 100, 0, 2)
print(s)
k = [("x", 1), ("y", 4)]
bisect.insort(k, ("z", 2), key=lambda r: r[1])
bisect.insort_left(k, ("w", 4), key=lambda r: r[1])
print(k)


class Seq:
    def __init__(self):
        self.items = [10, 20, 30]

    def __len__(self):
        return len(self.items)

    def __getitem__(self, i):
        print("get", i)
        return self.items[i]

    def insert(self, i, x):
        print("insert", i, x)
        self.items.insert(i, x)


q = Seq()
print(bisect.bisect_left(q, 25))
bisect.insort(q, 25)
print(q.items)


class Sub(list):
    pass


sub = Sub([1, 3])
bisect.insort(sub, 2)
print(sub, type(sub).__name__)

show("too many", lambda: bisect.bisect_left([1], 1, 0, 1, 2))
show("missing", lambda: bisect.bisect_left([1]))
show("neg lo", lambda: bisect.bisect_left([1], 1, lo=-1))
show("bad kw", lambda: bisect.bisect_left([1], 1, foo=1))
show("dup", lambda: bisect.bisect_left([1], 1, a=[1]))
show("none seq", lambda: bisect.insort(None, 1))
show("bad key", lambda: bisect.insort([1, 3], 2, key=1))
show("str lo", lambda: bisect.bisect([1, 3], 2, "a"))
show("str hi", lambda: bisect.bisect([1, 3], 2, 0, "a"))
show("hi too far", lambda: bisect.bisect((1, 3), 2, hi=10))
show("mixed", lambda: bisect.bisect([1, 2], "a"))
print(bisect.bisect, bisect.insort)
