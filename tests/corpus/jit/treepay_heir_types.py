# A loop whose path changes in phases: in the
# second phase a side trace's path crosses a branch on the parity of i,
# so that the side trace exits on every other entry and its exit's side
# trace compiles on the exits its parent exit waited (jit/treepay.go);
# then the values it adds change type (float, str, a class with __add__,
# None), its dict loses the key, and the loop raises.


class Money:
    def __init__(self, v):
        self.v = v

    def __add__(self, other):
        return Money(self.v + (other.v if isinstance(other, Money) else other))

    def __radd__(self, other):
        return Money(other + self.v)

    def __repr__(self):
        return "Money(%r)" % (self.v,)


def run(n, phase, table):
    acc = 0
    odd = 0
    for i in range(n):
        p = phase(i)
        if p == 0:
            acc += i & 7
        elif p == 1:
            if i & 1:
                odd += table.get(1, 0)
            else:
                acc += table.get(2, 0)
        else:
            acc += table[3]
    return acc, odd


def first(i):
    return 0


def second(i):
    return 1 if i > 900 else 0


def third(i):
    return 1 if i < 90000 else 2


t = {1: 3, 2: 5, 3: 7}
print(run(90000, first, t))
print(run(120000, second, t))
print(run(120000, third, t))
t[2] = 2.5
print(run(120000, third, t))
t[1] = "x"
try:
    print(run(120000, second, t))
except TypeError as e:
    print("TypeError", e)
t[1] = Money(2)
t[2] = Money(1)
r = run(90000, second, t)
print(r[0].v, r[1].v)
t[2] = None
try:
    print(run(90000, third, t))
except TypeError as e:
    print("TypeError", e)
del t[3]
t[2] = 4
try:
    print(run(120000, third, t))
except KeyError as e:
    print("KeyError", e)
