# A search loop over a list of instances of several classes, unrolled into
# the loop around it, whose list iterator is sunk: the guards of one
# method call (class, class version, instance kind, dict version) share
# one exit that rebuilds the iterator at the item it was on. Then each of
# those guards fails in turn mid-search: an instance's class is swapped,
# a class gets a new method, an instance gets an attribute shadowing the
# method, and an item is replaced by an instance of an unrelated class
# with slots. Every exit must resume
# the search at the item where it left, neither skipping nor repeating
# one (the `seen` counts tell).


class A:
    def __init__(self, k):
        self.k = k
        self.seen = 0

    def hit(self, step):
        self.seen += 1
        return step % self.k == 0


class B(A):
    def hit(self, step):
        self.seen += 1
        return step % (self.k + 1) == 1


class C(A):
    def hit(self, step):
        self.seen += 1
        return False


class D(A):
    def hit(self, step):
        self.seen += 1
        return True


def search(items, steps, event=None):
    total = 0
    for step in range(steps):
        if event is not None:
            event(items, step)
        found = -1
        pos = 0
        for t in items:
            if t.hit(step):
                found = pos
                break
            pos += 1
        total += found * 3 + 1
    return total


class E:
    __slots__ = ("k", "seen")

    def __init__(self, k):
        self.k = k
        self.seen = 0

    def hit(self, step):
        self.seen += 1
        return step % 7 == self.k


def fresh():
    return [A(53), B(47), C(5), A(41), D(1)]


def report(items):
    return [(type(t).__name__, t.seen) for t in items]


items = fresh()
print(search(items, 30000), report(items))


def swap_class(items, step):
    if step == 12500:
        items[2].__class__ = D
    elif step == 20000:
        items[2].__class__ = C


items = fresh()
print(search(items, 30000, swap_class), report(items))


def new_method(items, step):
    if step == 15000:
        C.hit = lambda self, step: step % 11 == 3


items = fresh()
print(search(items, 30000, new_method), report(items))
del C.hit


def shadow(items, step):
    if step == 10000:
        items[3].hit = lambda step: step % 13 == 0
    elif step == 22500:
        del items[3].hit


items = fresh()
print(search(items, 30000, shadow), report(items))


def to_other(items, step):
    if step == 17500:
        items[1] = E(4)


items = fresh()
print(search(items, 30000, to_other), report(items))
