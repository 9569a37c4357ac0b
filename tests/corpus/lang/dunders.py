# special methods: __str__, __len__, __getitem__, __contains__, __iter__, __call__, __bool__.
class Vec:
    def __init__(self, *xs):
        self.xs = list(xs)

    def __len__(self):
        return len(self.xs)

    def __getitem__(self, i):
        return self.xs[i]

    def __setitem__(self, i, v):
        self.xs[i] = v

    def __contains__(self, v):
        return v in self.xs

    def __str__(self):
        return "Vec" + str(tuple(self.xs))

    def __mul__(self, k):
        return Vec(*[x * k for x in self.xs])

    def __rmul__(self, k):
        return self * k

    def __neg__(self):
        return Vec(*[-x for x in self.xs])

    def __bool__(self):
        return any(self.xs)

    def __call__(self, x):
        return x + len(self)

    def __hash__(self):
        return hash(tuple(self.xs))

    def __eq__(self, other):
        return self.xs == other.xs


v = Vec(1, 2, 3)
v[0] = 10
print(v, len(v), v[1], 2 in v, 5 in v, v * 2, 3 * v, -v, bool(v), bool(Vec(0)), v(100))
print(list(v), [x for x in v], {v: 1}[Vec(10, 2, 3)])


class Countdown:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1


print(list(Countdown(5)), sum(Countdown(4)))


class Money:
    def __init__(self, c):
        self.c = c

    def __format__(self, spec):
        return f"${self.c / 100:{spec}}"

    def __repr__(self):
        return "Money(%d)" % self.c


m = Money(1234)
print(f"{m:.2f}", repr(m), [m], str(m))
